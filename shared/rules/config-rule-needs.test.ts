/**
 * A config rule's `needs` lets the engine skip it on a cluster whose config has none of those top-level keys
 * (config-rule.ts). That is only sound if the rule can find nothing without them. Oracle: the rule's own
 * `checkConfig`, run ungated on every config of the corpus (the rule fixtures, eksctl's examples and the
 * templates) with the needed keys taken out, must find nothing; and each declaration is exercised, so
 * the proof is not empty: some config of the corpus gets a finding from the rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KUBERNETES_VERSION_CALENDAR } from '../data/kubernetes-versions.js';
import type { Design } from '../model/design.js';
import { DesignIndex } from '../model/design-index.js';
import { importEksctlYaml } from '../round-trip/index.js';
import { FIXTURE_NAMES, fixtureText, MEANT_TO_FAIL } from '../../test-support/eksctl-fixtures.js';
import { loadTemplate, TEMPLATES } from '../../templates/index.js';
import { viewRunOf, type ConfigKey, type ViewRun } from './config-rule.js';
import { buildConfigView, type ConfigView, type EksctlClusterConfig } from './config-view.js';
import { RULES } from './registry.js';
import type { RuleContext } from './types.js';

/** The fixtures' day (fixtures/fixtures.test.ts). */
const CTX: RuleContext = { today: '2026-12-06', calendar: KUBERNETES_VERSION_CALENDAR };

function corpus(): [string, Design][] {
  const fixtures = ['valid', 'faulty'].flatMap((kind) => {
    const dir = new URL(`./fixtures/${kind}/`, import.meta.url);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f): [string, string] => [`fixtures/${kind}/${f}`, readFileSync(new URL(f, dir), 'utf8')]);
  });
  const examples = FIXTURE_NAMES.filter((n) => !(n in MEANT_TO_FAIL)).map((n): [string, string] => [
    `examples/${n}`,
    fixtureText(n),
  ]);
  const imported = [...fixtures, ...examples].flatMap(([name, text]): [string, Design][] => {
    try {
      return [[name, importEksctlYaml(text).document.design]];
    } catch {
      return []; // a config the import refuses has no view to check
    }
  });
  return [...imported, ...TEMPLATES.map((t): [string, Design] => [`templates/${t.id}`, loadTemplate(t.id).design])];
}

/**
 * Configs no file of the corpus can hold, added to a template's view: eksctl's schema refuses an unknown log
 * type, so no imported config carries one; no fixture has an EFA group (ng.efa-one-subnet is an info).
 */
const EXTRA: Record<string, Partial<EksctlClusterConfig>> = {
  'unknown log type': { cloudWatch: { clusterLogging: { enableTypes: ['api', 'audits'] } } } as Partial<EksctlClusterConfig>,
  'EFA group without subnets': { managedNodeGroups: [{ name: 'efa', instanceType: 'p5.48xlarge', efaEnabled: true }] },
};

/** Every cluster's view in the corpus. */
function views(): [string, ConfigView][] {
  const found = corpus().flatMap(([name, design]) => {
    const index = new DesignIndex(design);
    return index
      .ofKind('cluster')
      .map((cluster): [string, ConfigView] => [`${name} (${cluster.name})`, buildConfigView(index, cluster)]);
  });
  const base = found.find(([name]) => name.startsWith('templates/'))![1];
  const extra = Object.entries(EXTRA).map(([name, fields]): [string, ConfigView] => [
    name,
    { cluster: base.cluster, config: { ...base.config, ...fields }, partsAt: (path) => base.partsAt(path) },
  ]);
  return [...found, ...extra, spotKarpenterWithoutQueue(base)];
}

/**
 * A Spot Karpenter cluster whose config turns the interruption queue off, which no file of the corpus holds: an
 * import is On-Demand (no file carries Karpenter's NodePool), and a drawn Spot Karpenter exports the queue.
 */
function spotKarpenterWithoutQueue(base: ConfigView): [string, ConfigView] {
  const { props } = base.cluster;
  const addons = {
    ...props.addons,
    nodeAutoscaler: 'karpenter' as const,
    karpenterCapacity: { ...props.addons.karpenterCapacity, capacityType: 'SPOT' as const },
  };
  return [
    'Spot Karpenter without the interruption queue',
    {
      cluster: { ...base.cluster, props: { ...props, addons } },
      config: { ...base.config, karpenter: { version: '1.14.1', withSpotInterruptionQueue: false } },
      partsAt: (path) => base.partsAt(path),
    },
  ];
}

/** `view` with the top-level `keys` taken out of its config. */
function without(view: ConfigView, keys: readonly ConfigKey[]): ConfigView {
  const config: Record<string, unknown> = { ...view.config };
  for (const key of keys) delete config[key];
  return { cluster: view.cluster, config: config as unknown as EksctlClusterConfig, partsAt: (path) => view.partsAt(path) };
}

describe('config rules skipped by `needs`', () => {
  const all = views();
  const declared = RULES.all().flatMap((rule): [string, ViewRun & { needs: readonly ConfigKey[] }][] => {
    const run = viewRunOf(rule);
    return run?.needs ? [[rule.id, { ...run, needs: run.needs }]] : [];
  });

  it('cover most config rules, over a corpus of hundreds of clusters', () => {
    expect(declared.length).toBeGreaterThan(70);
    expect(all.length).toBeGreaterThan(250);
  });

  it('find nothing in any config of the corpus once the keys they need are taken out', () => {
    const unsound: string[] = [];
    for (const [ruleId, run] of declared)
      for (const [name, view] of all) {
        const found = run.checkConfig(without(view, run.needs), CTX);
        if (found.length > 0) unsound.push(`${ruleId} on ${name}: ${JSON.stringify(found[0]!.path)}`);
      }
    expect(unsound).toEqual([]);
  });

  it('each find something somewhere in the corpus with the keys in place, so each proof above has a case', () => {
    const neverFiring = declared
      .filter(([, run]) => !all.some(([, view]) => run.checkConfig(view, CTX).length > 0))
      .map(([ruleId]) => ruleId);
    expect(neverFiring).toEqual([]);
  });
});

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
import { configHolds, NeedSet, WORD_BITS, type ConfigNeed } from './config-needs.js';
import { viewRunOf, type ViewRun } from './config-rule.js';
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
 * type, so no imported config carries one; no fixture has an EFA group (ng.efa-one-subnet is an info); see below for the private cluster.
 */
const EXTRA: Record<string, Partial<EksctlClusterConfig>> = {
  'unknown log type': { cloudWatch: { clusterLogging: { enableTypes: ['api', 'audits'] } } } as Partial<EksctlClusterConfig>,
  'EFA group without subnets': { managedNodeGroups: [{ name: 'efa', instanceType: 'p5.48xlarge', efaEnabled: true }] },
  // An import draws no controllers, and no template is a private cluster: lb.private-cluster-lbc and
  // ecr.controller-images-no-egress need both.
  'private cluster with the controllers drawn': { privateCluster: { enabled: true } } as unknown as Partial<EksctlClusterConfig>,
  // ecr.controller-images-private-existing-vpc: the same in existing subnets.
  'private cluster in existing subnets with the controllers drawn': {
    privateCluster: { enabled: true },
    vpc: { subnets: { private: { 'us-west-2a': { id: 'subnet-0123456789abcdef0' } } } },
  } as unknown as Partial<EksctlClusterConfig>,
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

/** `view` with every value at `needs` taken out of its config (from each item where a path says `[]`). */
function without(view: ConfigView, needs: readonly ConfigNeed[]): ConfigView {
  let config: unknown = view.config;
  for (const need of needs) config = withoutPath(config, need.split('.'));
  return { cluster: view.cluster, config: config as EksctlClusterConfig, partsAt: (path) => view.partsAt(path) };
}

/** A copy of `value` without what lies at `path`; the parts off the path are shared, not copied. */
function withoutPath(value: unknown, path: readonly string[]): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const [head, ...rest] = path;
  const each = head!.endsWith('[]');
  const key = each ? head!.slice(0, -2) : head!;
  if (!(key in value)) return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && !each) delete copy[key];
  else if (!each) copy[key] = withoutPath(copy[key], rest);
  else if (Array.isArray(copy[key]))
    copy[key] = rest.length === 0 ? [] : (copy[key] as unknown[]).map((item) => withoutPath(item, rest));
  return copy;
}

type SchemaNode = { $ref?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode; type?: string | string[] };
const SCHEMA = JSON.parse(readFileSync(new URL('../eksctl/schema.json', import.meta.url), 'utf8')) as SchemaNode & {
  definitions: Record<string, SchemaNode>;
};

/** Where `need` leads in eksctl's schema, or why it leads nowhere. */
function schemaAt(need: string): SchemaNode | string {
  let node: SchemaNode = SCHEMA;
  const resolve = (n: SchemaNode): SchemaNode =>
    n.$ref ? resolve(SCHEMA.definitions[n.$ref.replace('#/definitions/', '')]!) : n;
  for (const part of need.split('.')) {
    const each = part.endsWith('[]');
    const key = each ? part.slice(0, -2) : part;
    const next = resolve(node).properties?.[key];
    if (!next) return `no field ${key}`;
    node = resolve(next);
    if (each) {
      if (!node.items) return `${key} is not a list`;
      node = resolve(node.items);
    }
  }
  return node;
}

describe('config rules skipped by `needs`', () => {
  const all = views();
  const declared = RULES.all().flatMap((rule): [string, ViewRun & { needs: readonly ConfigNeed[] }][] => {
    const run = viewRunOf(rule);
    return run?.needs ? [[rule.id, { ...run, needs: run.needs }]] : [];
  });

  it('cover most config rules, over a corpus of hundreds of clusters', () => {
    expect(declared.length).toBeGreaterThan(70);
    expect(all.length).toBeGreaterThan(250);
  });

  it("name fields of eksctl's schema, going into lists only with []", () => {
    const wrong = declared.flatMap(([ruleId, run]) =>
      run.needs.flatMap((need) => {
        const at = schemaAt(need);
        return typeof at === 'string' ? [`${ruleId}: ${need} (${at})`] : [];
      }),
    );
    expect(wrong).toEqual([]);
    expect(schemaAt('managedNodeGroups.labels')).toBe('no field labels');
    expect(schemaAt('vpc[].id')).toBe('vpc is not a list');
  });

  it('are held exactly where the corpus has a value at the path', () => {
    for (const [, view] of all.slice(0, 60))
      for (const [, run] of declared)
        for (const need of run.needs)
          expect(configHolds(view.config, need)).toBe(
            JSON.stringify(without(view, [need]).config) !== JSON.stringify(view.config),
          );
  });

  it('are answered for all fields at once as each alone would be', () => {
    const fields = [...new Set(declared.flatMap(([, run]) => run.needs))];
    expect(fields.length).toBeGreaterThan(2 * WORD_BITS);
    const set = new NeedSet(fields);
    for (const [name, view] of all) {
      const held = set.held(view.config);
      const bits = fields.map((_, j) => ((held[Math.floor(j / WORD_BITS)]! >> (j % WORD_BITS)) & 1) === 1);
      expect({ name, bits }).toEqual({ name, bits: fields.map((need) => configHolds(view.config, need)) });
    }
  });

  it('count a value of another shape than the path expects as held, and only undefined as missing', () => {
    const config = (value: unknown) => ({ managedNodeGroups: value }) as unknown as EksctlClusterConfig;
    const need = 'managedNodeGroups[].labels' as const;
    const cases: [unknown, boolean][] = [
      [undefined, false],
      [[], false],
      [[{ name: 'a' }], false],
      [[{ name: 'a', labels: undefined }], false],
      [[{ name: 'a' }, { labels: {} }], true],
      [[{ labels: null }], true],
      [['not an object'], true],
      [[null], true],
      [{ labels: {} }, true],
      ['text', true],
    ];
    const set = new NeedSet([need, 'managedNodeGroups']);
    for (const [value, held] of cases) {
      expect({ value, held: configHolds(config(value), need) }).toEqual({ value, held });
      expect({ value, held: (set.held(config(value))[0]! & 1) === 1 }).toEqual({ value, held });
    }
  });

  it('find nothing in any config of the corpus once the fields they need are taken out', () => {
    const unsound: string[] = [];
    for (const [ruleId, run] of declared)
      for (const [name, view] of all) {
        const found = run.checkConfig(without(view, run.needs), CTX);
        if (found.length > 0) unsound.push(`${ruleId} on ${name}: ${JSON.stringify(found[0]!.path)}`);
      }
    expect(unsound).toEqual([]);
  });

  it('each find something somewhere in the corpus with the fields in place, so each proof above has a case', () => {
    const neverFiring = declared
      .filter(([, run]) => !all.some(([, view]) => run.checkConfig(view, CTX).length > 0))
      .map(([ruleId]) => ruleId);
    expect(neverFiring).toEqual([]);
  });
});

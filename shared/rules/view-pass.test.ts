/**
 * The engine runs config rules one cluster's view at a time (view-pass.ts) and answers view facts from that
 * pass. Oracle: the same rules copied (`{ ...rule }`), which the pass does not recognise, so each runs through
 * its own `check` over all views at once and the view facts build the views themselves, as before the pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KUBERNETES_VERSION_CALENDAR } from '../data/kubernetes-versions.js';
import type { Design } from '../model/design.js';
import { importEksctlYaml } from '../round-trip/index.js';
import { defineConfigRule, type ConfigKey } from './config-rule.js';
import { defineViewFact } from './config-view.js';
import { defineRule } from './define.js';
import { validateDesign } from './engine.js';
import { RULES, RuleRegistry } from './registry.js';
import type { Rule, RuleContext } from './types.js';

/** The fixtures' day (fixtures/fixtures.test.ts). */
const FIXTURE_CONTEXT: RuleContext = { today: '2026-12-06', calendar: KUBERNETES_VERSION_CALENDAR };

const copies = (rules: readonly Rule[]) => new RuleRegistry(rules.map((rule) => ({ ...rule })));

function fixtureDesigns(): [string, Design][] {
  return ['valid', 'faulty'].flatMap((kind) => {
    const dir = new URL(`./fixtures/${kind}/`, import.meta.url);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f): [string, Design] => [`${kind}/${f}`, importEksctlYaml(readFileSync(new URL(f, dir), 'utf8')).document.design]);
  });
}

/** Several designs side by side in one, ids prefixed so they stay apart: a design with many clusters. */
function sideBySide(designs: readonly Design[]): Design {
  const base = designs[0]!;
  const id = (i: number, s: string) => `d${i}-${s}`;
  return {
    ...base,
    parts: designs.flatMap((d, i) =>
      d.parts.map((p) => ({ ...p, id: id(i, p.id), ...(p.parentId !== undefined ? { parentId: id(i, p.parentId) } : {}) })),
    ),
    connections: designs.flatMap((d, i) =>
      d.connections.map((c) => ({ ...c, id: id(i, c.id), from: id(i, c.from), to: id(i, c.to) })),
    ),
  };
}

describe('config rules one cluster at a time', () => {
  const designs = fixtureDesigns();

  it('find exactly what each rule finds over all views at once, on every eksctl fixture', () => {
    const reference = copies(RULES.all());
    expect(designs.length).toBeGreaterThan(150);
    for (const [name, design] of designs) {
      expect({ name, diagnostics: validateDesign(design, FIXTURE_CONTEXT) }).toEqual({
        name,
        diagnostics: validateDesign(design, FIXTURE_CONTEXT, reference),
      });
    }
  });

  it('find exactly the same on a design of many clusters', () => {
    const design = sideBySide(designs.filter((_, i) => i % 4 === 0).map(([, d]) => d));
    expect(design.parts.filter((p) => p.kind === 'cluster').length).toBeGreaterThan(40);
    const diagnostics = validateDesign(design, FIXTURE_CONTEXT);
    expect(diagnostics.some((d) => d.configPath !== undefined)).toBe(true);
    expect(diagnostics).toEqual(validateDesign(design, FIXTURE_CONTEXT, copies(RULES.all())));
  });

  it('report a config rule that throws on a later cluster once, without what it found before', () => {
    const design = sideBySide(designs.slice(0, 3).map(([, d]) => d));
    const [, second] = design.parts.filter((p) => p.kind === 'cluster');
    const throwing = defineConfigRule({
      id: 'design.throws-on-second',
      severity: 'error',
      area: 'design',
      source: 'https://example.com/',
      text: { en: { message: 'm', fix: 'f' }, ja: { message: 'm', fix: 'f' } },
      checkConfig: (view) => {
        if (view.cluster.id === second!.id) throw new Error('second cluster');
        return [{ path: ['metadata', 'name'] }];
      },
    });
    const out = validateDesign(design, FIXTURE_CONTEXT, new RuleRegistry([throwing]));
    expect(out.map((d) => [d.ruleId, d.params['rule'], d.params['error']])).toEqual([
      ['design.rule-failed', 'design.throws-on-second', 'second cluster'],
    ]);
    expect(out).toEqual(validateDesign(design, FIXTURE_CONTEXT, copies([throwing])));
  });

  it('answer a view fact from the pass, and make its rule fail when the fact throws for any cluster', () => {
    const design = sideBySide(designs.slice(0, 3).map(([, d]) => d));
    const clusters = design.parts.filter((p) => p.kind === 'cluster');
    const nameOf = defineViewFact((view) => view.config.metadata.name);
    const throwsOnLast = defineViewFact((view) => {
      if (view.cluster.id === clusters.at(-1)!.id) throw new Error('last cluster');
      return 1;
    });
    const rule = (id: string, read: (index: Parameters<Rule['check']>[0], clusterId: string) => unknown): Rule =>
      defineRule({
        id,
        severity: 'info',
        area: 'design',
        source: 'https://example.com/',
        text: { en: { message: '{{value}}', fix: 'f' }, ja: { message: '{{value}}', fix: 'f' } },
        check: (index) => index.ofKind('cluster').map((c) => ({ partIds: [c.id], params: { value: String(read(index, c.id)) } })),
      });
    const registry = new RuleRegistry([
      rule('design.names', (index, id) => nameOf(index, id)),
      rule('design.first-only', (index, id) => (id === clusters[0]!.id ? throwsOnLast(index, id) : 0)),
      // A config rule, so the engine makes its pass and the facts come from it.
      defineConfigRule({
        id: 'design.config-rule',
        severity: 'info',
        area: 'design',
        source: 'https://example.com/',
        text: { en: { message: 'm', fix: 'f' }, ja: { message: 'm', fix: 'f' } },
        checkConfig: () => [],
      }),
    ]);
    const out = validateDesign(design, FIXTURE_CONTEXT, registry);
    expect(out.filter((d) => d.ruleId === 'design.names').map((d) => d.params['value'])).toEqual(clusters.map((c) => c.name));
    expect(out.filter((d) => d.ruleId === 'design.rule-failed').map((d) => [d.params['rule'], d.params['error']])).toEqual([
      ['design.first-only', 'last cluster'],
    ]);
  });
});

describe('config rules and the keys they need', () => {
  const [, design] = fixtureDesigns().find(([name]) => name === 'valid/karpenter.yaml')!;
  /** A config rule that needs `needs` and records each cluster it runs on. */
  const recording = (id: string, needs: readonly string[] | undefined, ran: string[]): Rule =>
    defineConfigRule({
      id,
      severity: 'info',
      area: 'design',
      source: 'https://example.com/',
      text: { en: { message: 'm', fix: 'f' }, ja: { message: 'm', fix: 'f' } },
      ...(needs ? { needs: needs as ConfigKey[] } : {}),
      checkConfig: (view) => {
        ran.push(view.cluster.name);
        return [];
      },
    });

  it('run a rule only on clusters whose config holds one of its keys, and always without any', () => {
    const two = sideBySide([design, design]);
    const ran = {
      metadata: [] as string[],
      never: [] as string[],
      either: [] as string[],
      none: [] as string[],
      nested: [] as string[],
      nestedAbsent: [] as string[],
    };
    const registry = new RuleRegistry([
      recording('design.needs-metadata', ['metadata'], ran.metadata),
      recording('design.needs-nested', ['metadata.name'], ran.nested),
      recording('design.needs-nested-absent', ['metadata.notAField', 'managedNodeGroups[].notAField'], ran.nestedAbsent),
      recording('design.needs-absent', ['outpostNotAKey'], ran.never),
      recording('design.needs-either', ['outpostNotAKey', 'metadata'], ran.either),
      recording('design.needs-nothing', undefined, ran.none),
    ]);
    validateDesign(two, FIXTURE_CONTEXT, registry);
    const names = two.parts.filter((p) => p.kind === 'cluster').map((p) => p.name);
    expect(ran).toEqual({ metadata: names, never: [], either: names, none: names, nested: names, nestedAbsent: [] });
  });

  it('still run the right rules when they need more keys than one number holds as bits', () => {
    const ran: string[][] = [];
    const rules = Array.from({ length: 40 }, (_, i) => {
      ran.push([]);
      return recording(`design.needs-${i}`, i === 33 ? ['metadata'] : [`notAKey${i}`], ran[i]!);
    });
    validateDesign(design, FIXTURE_CONTEXT, new RuleRegistry(rules));
    expect(ran.map((r) => r.length)).toEqual(ran.map((_, i) => (i === 33 ? 1 : 0)));
  });
});

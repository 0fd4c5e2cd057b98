import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { IoDecision } from './define.js';
import { deriveKindTables, type AnyKindModule } from './derive.js';
import { KIND_TABLES, PART_KIND_MODULES } from './index.js';

/** Schema keys the inspector never shows, so they need no label. */
const UNLABELLED = new Set(['extra', 'eksctlOrigin']);

/** What a kind module lacks, in words; empty when it is complete. */
function problemsOf(m: AnyKindModule): string[] {
  const out: string[] = [];
  for (const lang of ['en', 'ja'] as const) {
    const labels = m.labels?.[lang];
    if (!labels?.name?.trim()) out.push(`${m.kind}: no ${lang} name`);
    const shape = (m.propsSchema as unknown as z.ZodObject).shape ?? {};
    for (const key of Object.keys(shape)) {
      if (!UNLABELLED.has(key) && !labels?.fields?.[key]?.trim()) out.push(`${m.kind}: no ${lang} label for field ${key}`);
    }
  }
  const en = Object.keys(m.labels?.en?.fields ?? {}).sort();
  const ja = Object.keys(m.labels?.ja?.fields ?? {}).sort();
  if (en.join() !== ja.join()) out.push(`${m.kind}: en and ja label different fields`);
  const size = m.defaultSize;
  if (!size || !(size.width > 0) || !(size.height > 0)) out.push(`${m.kind}: no default size`);
  if (!m.parents || !Array.isArray(m.parents.allowed) || typeof m.parents.required !== 'boolean')
    out.push(`${m.kind}: no parent rule`);
  else if (m.parents.required && m.parents.allowed.length === 0) out.push(`${m.kind}: needs a parent but allows none`);
  for (const use of ['export', 'import', 'cost'] as const) {
    const d: IoDecision | undefined = m.io?.[use];
    const said = d && ('none' in d ? d.none.trim() : d.how.trim() && d.by.trim());
    if (!said) out.push(`${m.kind}: no ${use} decision`);
  }
  if (!m.defaultName?.trim()) out.push(`${m.kind}: no default name`);
  return out;
}

describe('the part kind registry', () => {
  it('has every kind complete: names and field labels in English and Japanese, size, parent rule, export/import/cost decisions', () => {
    expect(PART_KIND_MODULES.flatMap(problemsOf)).toEqual([]);
  });

  it('finds a kind that lacks a Japanese label, a size, a parent rule or an export decision', () => {
    const vpc = PART_KIND_MODULES[0] as AnyKindModule;
    const broken = {
      ...vpc,
      labels: { en: vpc.labels.en, ja: { name: '', fields: { ...vpc.labels.ja.fields, cidr: '' } } },
      defaultSize: undefined,
      parents: undefined,
      io: { ...vpc.io, export: undefined },
    } as unknown as AnyKindModule;
    expect(problemsOf(broken)).toEqual([
      'vpc: no ja name',
      'vpc: no ja label for field cidr',
      'vpc: no default size',
      'vpc: no parent rule',
      'vpc: no export decision',
    ]);
  });

  it('names, for each kind exported, imported or priced, a module that exists', async () => {
    const modules = PART_KIND_MODULES.flatMap((m) =>
      Object.values(m.io).flatMap((d: IoDecision) => ('by' in d ? [`${m.kind} ${d.by}`] : [])),
    );
    expect(modules.length).toBeGreaterThan(10);
    for (const entry of modules) {
      const path = entry.split(' ')[1]!;
      await expect(import(/* @vite-ignore */ `../../../${path}`), entry).resolves.toBeDefined();
    }
  });

  it('keeps the kinds in palette order, and the props schemas in their key order (design files depend on it)', () => {
    expect(KIND_TABLES.kinds).toEqual([
      'vpc',
      'subnet',
      'cluster',
      'managed-node-group',
      'self-managed-node-group',
      'fargate-profile',
      'alb',
      'nlb',
      'ecr',
      'cloud-map',
      'api-gateway',
      'on-prem-network',
      'workload',
    ]);
    expect(Object.keys(KIND_TABLES.propsSchemas.subnet.shape)).toEqual([
      'availabilityZone',
      'cidr',
      'access',
      'existingSubnetId',
      'tags',
      'extra',
    ]);
  });

  it('refuses a registry with a kind twice or a parent or connection end that is not registered', () => {
    const [vpc, subnet] = PART_KIND_MODULES;
    expect(() => deriveKindTables([vpc, vpc])).toThrow('part kind "vpc" is registered twice');
    expect(() => deriveKindTables([subnet])).toThrow('part kind "subnet" names "vpc", which is not a registered kind');
  });

  it('gives each parent rule a typical parent among the allowed ones', () => {
    for (const m of PART_KIND_MODULES) {
      const typical = KIND_TABLES.typicalParent[m.kind];
      if (typical !== undefined) expect(m.parents.allowed, m.kind).toContain(typical);
      else expect(m.parents.allowed, m.kind).toEqual([]);
    }
    expect(KIND_TABLES.typicalParent.workload).toBe('managed-node-group');
  });
});

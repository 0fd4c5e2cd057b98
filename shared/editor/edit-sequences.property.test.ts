/**
 * Random sequences of the canvas's edits (add into any part, delete, change one prop, move into another part,
 * connect, disconnect, rename) on every template and drawn design. An edit is either refused with an EditError,
 * leaving the design as it was, or it gives a design that saves and opens again to the same bytes (a design the
 * editor makes but the loader refuses would be work lost on the next open), that the rules check without a rule
 * failing, and that exports, turns into manifests and bundles without anything thrown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deploymentBundle } from '../deploy/deployment-bundle.js';
import { exportEksctlYaml } from '../export/export-yaml.js';
import { generateManifests } from '../manifests/generate.js';
import type { Design, DesignDocument } from '../model/design.js';
import { parseDesignText, parseDesignValue, serializeDesign, toDocument } from '../model/document.js';
import { PART_KINDS } from '../model/parts.js';
import { validateDesign } from '../rules/engine.js';
import { TEST_CONTEXT } from '../rules/test-support/builder.js';
import { connect, deleteConnections, deleteParts, insertPart, reparent, updatePart } from './commands.js';
import { EditError } from './errors.js';

function documentsIn(dir: URL, pattern: RegExp): DesignDocument[] {
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => parseDesignValue(JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as unknown));
}

const DOCUMENTS = [
  ...documentsIn(new URL('../../templates/', import.meta.url), /\.json$/),
  ...documentsIn(new URL('../rules/fixtures/designs/', import.meta.url), /\.eksdesign$/),
];

/** Values the property panel can put into a field of that type, sensible or not. */
const TEXTS = ['', 'x', 'new-name', 'A B', 'us-east-1a', 'ap-northeast-1c', '10.1.0.0/24', 'm5.large', 'g5.xlarge', '1.35'];
const NUMBERS = [0, 1, 2, 3, 10, 100, -1, 1000];

/** One edit, chosen by numbers so fast-check can shrink a failing sequence. */
interface Step {
  op: number;
  a: number;
  b: number;
  c: number;
}
const stepArb: fc.Arbitrary<Step> = fc.record({ op: fc.nat(6), a: fc.nat(), b: fc.nat(), c: fc.nat() });

function at<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

/** `props` with one field changed: a text, number, switch, list or one field of an object below it. */
function changedProps(props: object, { b, c }: Step): unknown {
  const copy = structuredClone(props) as Record<string, unknown>;
  const key = at(Object.keys(copy), b);
  if (key === undefined) return copy;
  const change = (value: unknown): unknown => {
    if (typeof value === 'string') return at(TEXTS, c);
    if (typeof value === 'number') return at(NUMBERS, c);
    if (typeof value === 'boolean') return !value;
    if (Array.isArray(value)) return c % 2 === 0 ? [] : [...(value as unknown[]), ...(value as unknown[]).slice(0, 1)];
    if (value !== null && typeof value === 'object') {
      const inner = value as Record<string, unknown>;
      const innerKey = at(Object.keys(inner), c);
      if (innerKey !== undefined && typeof inner[innerKey] !== 'object') inner[innerKey] = change(inner[innerKey]);
    }
    return value;
  };
  copy[key] = change(copy[key]);
  return copy;
}

function edit(design: Design, step: Step): Design {
  const part = at(design.parts, step.a);
  const other = at(design.parts, step.b);
  switch (step.op) {
    case 0:
      return insertPart(design, at(PART_KINDS, step.c)!, part && step.b % 5 !== 0 ? { parentId: part.id } : {}).design;
    case 1:
      return part ? deleteParts(design, [part.id]) : design;
    case 2:
      return part ? updatePart(design, part.id, { props: changedProps(part.props, step) }) : design;
    case 3:
      return part ? reparent(design, part.id, step.c % 5 === 0 ? undefined : other?.id) : design;
    case 4:
      return part && other ? connect(design, part.id, other.id).design : design;
    case 5: {
      const connection = at(design.connections, step.a);
      return connection ? deleteConnections(design, [connection.id]) : design;
    }
    default:
      return part ? updatePart(design, part.id, { name: at(TEXTS, step.c)! }) : design;
  }
}

function expectUsable(design: Design): void {
  // As the app saves (renderer/app/save.ts): through the schema, which also fixes the key order.
  const doc = toDocument(design);
  const text = serializeDesign(doc);
  expect(serializeDesign(parseDesignText(text))).toBe(text);
  const failed = validateDesign(doc.design, TEST_CONTEXT).filter((d) => d.ruleId === 'design.rule-failed');
  expect(failed.map((d) => `${String(d.params['rule'])}: ${String(d.params['error'])}`)).toEqual([]);
  for (const cluster of doc.design.parts.filter((p) => p.kind === 'cluster')) {
    const { yaml } = exportEksctlYaml(doc.design, { force: true, clusterId: cluster.id, ctx: TEST_CONTEXT });
    generateManifests(doc.design, { clusterId: cluster.id });
    deploymentBundle(doc.design, { clusterId: cluster.id, lang: 'ja', clusterYaml: yaml });
  }
}

describe('random edit sequences', () => {
  it('keep every design savable, checkable, exportable and bundleable', () => {
    expect(DOCUMENTS.length).toBeGreaterThan(150);
    let accepted = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(stepArb, { minLength: 1, maxLength: 12 }), (n, steps) => {
        const doc = DOCUMENTS[n % DOCUMENTS.length]!;
        let design = doc.design;
        for (const step of steps) {
          try {
            design = edit(design, step);
            accepted++;
          } catch (error) {
            if (!(error instanceof EditError)) throw error;
          }
        }
        expectUsable(design);
      }),
      { numRuns: 120 },
    );
    // Most edits must be accepted, or this would test the refusals only.
    expect(accepted).toBeGreaterThan(300);
  });
});

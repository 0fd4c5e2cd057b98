/**
 * Property: on any generated design (drawn, eksctl-built or default VPC, subnets sharing a zone, node groups,
 * Fargate profiles, workloads with IAM roles, hybrid networks), suppressions with any text put on the design
 * and its parts come back from the exported cluster.yaml onto the same parts, without a warning; the YAML
 * passes eksctl's schema. Parts are matched by what the canvas shows, not by the annotation's naming.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEksctlErrors, validateEksctlConfig } from '../eksctl/schema-validator.js';
import { exportEksctlYaml } from '../export/index.js';
import type { Design } from '../model/design.js';
import type { Part } from '../model/parts.js';
import type { Suppression } from '../model/suppressions.js';
import { RuleRegistry } from '../rules/registry.js';
import { TEST_CONTEXT } from '../rules/test-support/builder.js';
import { designArb } from '../test-support/arbitraries.js';
import { importEksctlYaml } from './index.js';

const NO_RULES = new RuleRegistry([]);
const S3_READ_ONLY = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';

/** A suppression as the design file accepts it: any reason text (quotes, line breaks, Japanese), an optional day. */
const suppressionArb = fc.record(
  {
    ruleId: fc.stringMatching(/^[a-z]+(\.[a-z-]+){1,2}$/),
    reason: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
    expires: fc
      .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
  { requiredKeys: ['ruleId', 'reason'] },
);
const suppressionsArb = fc.uniqueArray(suppressionArb, { maxLength: 3, selector: (s) => s.ruleId });

/** What the canvas shows of a part (kind, name; a subnet's access and zone). */
function identity(p: Part): string {
  if (p.kind === 'subnet') return `subnet ${p.props.access} ${p.props.availabilityZone}`;
  if (p.kind === 'workload') return `workload ${p.props.namespace}/${p.name}`;
  if (p.kind === 'vpc' || p.kind === 'on-prem-network' || p.kind === 'cluster') return p.kind;
  return `${p.kind} ${p.name}`;
}

function lines(owner: string, list: readonly Suppression[] | undefined): string[] {
  return (list ?? []).map((s) => JSON.stringify([owner, s.ruleId, s.reason.trim(), s.expires ?? null]));
}

describe('suppressions through cluster.yaml, over generated designs', () => {
  it('come back on the parts cluster.yaml names, with their reasons and expiry', () => {
    const carried = new Set<string>();
    fc.assert(
      fc.property(
        designArb(),
        suppressionsArb,
        fc.array(suppressionsArb, { maxLength: 40 }),
        fc.array(fc.boolean()),
        (base, own, perPart, roles) => {
          const design: Design = {
            ...base,
            ...(own.length > 0 ? { suppressions: own } : {}),
            parts: base.parts.map((p, i) => {
              const suppressed = (perPart[i]?.length ?? 0) > 0 ? { ...p, suppressions: perPart[i] } : p;
              // The generator's workloads list no IAM policies; with some, cluster.yaml creates their role.
              if (suppressed.kind !== 'workload' || !suppressed.props.usesAwsApis || roles[i] !== true) return suppressed;
              return { ...suppressed, props: { ...suppressed.props, iamPolicyArns: [S3_READ_ONLY] } };
            }),
          };
          const exported = exportEksctlYaml(design, { ctx: TEST_CONTEXT, registry: NO_RULES, force: true });
          expect(formatEksctlErrors(validateEksctlConfig(exported.config).errors)).toBe('');
          const imported = importEksctlYaml(exported.yaml);
          expect(imported.warnings).toEqual([]);
          const back = imported.document.design;
          expect(lines('design', back.suppressions).sort()).toEqual(lines('design', design.suppressions).sort());
          // Every part the import drew again carries what the original part (same kind and name) carried.
          const drawn = new Set(back.parts.map(identity));
          const expected = design.parts.filter((p) => drawn.has(identity(p))).flatMap((p) => lines(identity(p), p.suppressions));
          const got = back.parts.flatMap((p) => lines(identity(p), p.suppressions));
          expect(got.sort()).toEqual(expected.sort());
          for (const p of back.parts) if (p.suppressions) carried.add(p.kind);
        },
      ),
      // A fixed seed: the check below, that the runs reached every kind, must not depend on the draw.
      { numRuns: 60, seed: 20261207 },
    );
    // The runs reached these kinds (an on-premises network is rare here: the hybrid-cloud template test has one).
    expect([...carried].filter((k) => k !== 'on-prem-network').sort()).toEqual([
      'cluster',
      'fargate-profile',
      'managed-node-group',
      'self-managed-node-group',
      'subnet',
      'vpc',
      'workload',
    ]);
  });
});

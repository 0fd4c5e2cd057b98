import { describe, expect, it } from 'vitest';
import { validateDesign } from '../../engine.js';
import { fixedDesign } from '../../fixes.js';
import { DesignBuilder, runRule, TEST_CONTEXT } from '../../test-support/builder.js';
import { eksctlSubnetsBothKinds as rule } from './eksctl-subnets-both-kinds.js';

/** A /16 VPC with the given subnets ([access, zone, cidr]) and a cluster. */
function drawn(subnets: ['public' | 'private', string, string][], vpcProps: Record<string, unknown> = {}, clusterProps = {}) {
  const b = new DesignBuilder();
  const vpc = b.vpc({ cidr: '10.0.0.0/16', ...vpcProps });
  for (const [access, az, cidr] of subnets) b.subnet(vpc, az, cidr, access);
  b.cluster(vpc, clusterProps);
  return { b, vpc };
}

const PRIVATE_ONLY: ['public' | 'private', string, string][] = [
  ['private', 'us-east-1a', '10.0.64.0/19'],
  ['private', 'us-east-1b', '10.0.96.0/19'],
];

describe(rule.id, () => {
  it('tells that eksctl also creates the public subnets a private-only drawing leaves out, at their CIDRs', () => {
    const { b, vpc } = drawn(PRIVATE_ONLY);
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [vpc.id],
        params: {
          vpc: vpc.name,
          missing: 'public us-east-1a 10.0.0.0/19, public us-east-1b 10.0.32.0/19',
          missingJa: 'パブリック us-east-1a 10.0.0.0/19, パブリック us-east-1b 10.0.32.0/19',
        },
      },
    ]);
  });

  it('and the private subnet of a zone drawn with a public one only', () => {
    const { b } = drawn([
      ['public', 'us-east-1a', '10.0.0.0/19'],
      ['public', 'us-east-1b', '10.0.32.0/19'],
      ['private', 'us-east-1a', '10.0.64.0/19'],
    ]);
    expect(runRule(rule, b.build()).map((f) => f.params?.['missing'])).toEqual(['private us-east-1b 10.0.96.0/19']);
  });

  it('is quiet for a VPC that exists already, for a fully private cluster, and for both kinds in every zone', () => {
    expect(runRule(rule, drawn(PRIVATE_ONLY, { existingVpcId: 'vpc-0123456789abcdef0' }).b.build())).toEqual([]);
    expect(runRule(rule, drawn(PRIVATE_ONLY, {}, { fullyPrivate: true }).b.build())).toEqual([]);
    const both = drawn([...PRIVATE_ONLY, ['public', 'us-east-1a', '10.0.0.0/19'], ['public', 'us-east-1b', '10.0.32.0/19']]);
    expect(runRule(rule, both.b.build())).toEqual([]);
  });

  it('fixes the drawing by adding what eksctl creates, leaving no finding and no split warning', () => {
    const { b } = drawn(PRIVATE_ONLY);
    const design = b.build();
    const finding = validateDesign(design, TEST_CONTEXT).find((d) => d.ruleId === rule.id);
    expect(finding?.severity).toBe('info');
    const fixed = fixedDesign(design, finding!);
    const subnets = fixed.parts.flatMap((p) =>
      p.kind === 'subnet' ? [`${p.props.access} ${p.props.availabilityZone} ${p.props.cidr}`] : [],
    );
    expect(subnets.sort()).toEqual([
      'private us-east-1a 10.0.64.0/19',
      'private us-east-1b 10.0.96.0/19',
      'public us-east-1a 10.0.0.0/19',
      'public us-east-1b 10.0.32.0/19',
    ]);
    const after = validateDesign(fixed, TEST_CONTEXT).map((d) => d.ruleId);
    expect(after).not.toContain(rule.id);
    expect(after).not.toContain('vpc.subnets-eksctl-split');
  });
});

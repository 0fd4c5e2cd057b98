import { describe, expect, it } from 'vitest';
import { baselineBuilder } from '../../../shared/rules/test-support/builder.js';
import { subnetChoices, vpcOf } from './subnet-options.js';

describe('subnet choices', () => {
  it("offers a node group the subnets of its cluster's VPC, by AZ then access", () => {
    const { b, vpc, nodeGroup } = baselineBuilder();
    const other = b.vpc({ cidr: '10.1.0.0/16' });
    b.subnet(other, 'us-east-1a', '10.1.0.0/20', 'private');
    const design = b.build();
    const ng = design.parts.find((p) => p.id === nodeGroup.id)!;
    expect(vpcOf(ng, design)?.id).toBe(vpc.id);
    const choices = subnetChoices(ng, design);
    expect(choices).toHaveLength(6);
    expect(choices.every((s) => s.parentId === vpc.id)).toBe(true);
    expect(choices.map((s) => `${s.props.availabilityZone} ${s.props.access}`).slice(0, 2)).toEqual([
      'us-east-1a private',
      'us-east-1a public',
    ]);
  });
});

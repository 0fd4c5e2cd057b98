import { describe, expect, it } from 'vitest';
import { fixedDesign } from '../../fixes.js';
import { validateDesign } from '../../engine.js';
import { baselineBuilder, DesignBuilder, runRule, TEST_CONTEXT } from '../../test-support/builder.js';
import { subnetsEksctlSplit as rule } from './subnets-eksctl-split.js';

function drawn(cidrs: { pub: string[]; priv: string[] }, vpcProps: Record<string, unknown> = {}) {
  const b = new DesignBuilder();
  const vpc = b.vpc({ cidr: '10.0.0.0/16', ...vpcProps });
  const zones = ['us-east-1a', 'us-east-1b'];
  const pub = zones.map((az, i) => b.subnet(vpc, az, cidrs.pub[i]!, 'public'));
  const priv = zones.map((az, i) => b.subnet(vpc, az, cidrs.priv[i]!, 'private'));
  b.cluster(vpc);
  return { b, vpc, pub, priv };
}

describe(rule.id, () => {
  it("warns when drawn subnets differ from eksctl's split, naming what eksctl creates instead", () => {
    // eksctl splits a /16 for two zones into /19s: public 0-1, private 2-3 (pkg/vpc/vpc.go SetSubnets).
    const { b, vpc, priv } = drawn({ pub: ['10.0.0.0/19', '10.0.32.0/19'], priv: ['10.0.128.0/18', '10.0.192.0/18'] });
    const found = runRule(rule, b.build());
    expect(found).toEqual([
      {
        partIds: [vpc.id, priv[0]!.id, priv[1]!.id],
        params: {
          vpc: 'vpc-1',
          drawn: 'subnet-3 (10.0.128.0/18), subnet-4 (10.0.192.0/18)',
          eksctl: 'private us-east-1a 10.0.64.0/19, private us-east-1b 10.0.96.0/19',
          eksctlJa: 'プライベート us-east-1a 10.0.64.0/19, プライベート us-east-1b 10.0.96.0/19',
        },
      },
    ]);
  });

  it("fixes by giving the drawn subnets eksctl's CIDRs, after which it passes", () => {
    const { b } = drawn({ pub: ['10.0.0.0/20', '10.0.16.0/20'], priv: ['10.0.64.0/19', '10.0.96.0/19'] });
    const design = b.build();
    const finding = validateDesign(design, TEST_CONTEXT).find((d) => d.ruleId === rule.id);
    expect(finding?.severity).toBe('warning');
    const fixed = fixedDesign(design, finding!);
    const cidrs = fixed.parts.flatMap((p) => (p.kind === 'subnet' ? [p.props.cidr] : []));
    expect(cidrs).toEqual(['10.0.0.0/19', '10.0.32.0/19', '10.0.64.0/19', '10.0.96.0/19']);
    expect(runRule(rule, fixed)).toEqual([]);
  });

  it("passes eksctl's own split (the baseline) and subnets of an existing VPC", () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b } = drawn(
      { pub: ['10.0.0.0/24', '10.0.1.0/24'], priv: ['10.0.2.0/24', '10.0.3.0/24'] },
      { existingVpcId: 'vpc-0abc' },
    );
    expect(runRule(rule, b.build())).toEqual([]);
  });
});

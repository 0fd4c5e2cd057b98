import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { subnetCount as rule } from './subnet-count.js';

describe(rule.id, () => {
  it('flags a single public subnet next to two private ones', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const pub = b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'public');
    b.subnet(vpc, 'us-east-1a', '10.0.32.0/19', 'private');
    b.subnet(vpc, 'us-east-1b', '10.0.64.0/19', 'private');
    b.cluster(vpc);
    expect(runRule(rule, b.build())).toEqual([{ partIds: [pub.id, vpc.id], params: { vpc: 'vpc-1', public: 1, private: 2 } }]);
  });

  it('passes private subnets only, a VPC without a cluster and the baseline', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    b.subnet(vpc, 'us-east-1a', '10.0.32.0/19', 'private');
    b.subnet(vpc, 'us-east-1b', '10.0.64.0/19', 'private');
    b.cluster(vpc);
    b.subnet(b.vpc(), 'us-east-1a', '10.0.0.0/19', 'public');
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });

  it('passes the one subnet of a control plane on Outposts (eksctl skips the count there), and only there', () => {
    const outpost = (extra: Record<string, unknown>) => {
      const b = new DesignBuilder();
      const vpc = b.vpc({ existingVpcId: 'vpc-1234' });
      b.subnet(vpc, 'us-west-2a', '10.0.0.0/24', 'private');
      b.cluster(vpc, { region: 'us-west-2', extra });
      return runRule(rule, b.build()).length;
    };
    expect(outpost({ outpost: { controlPlaneOutpostARN: 'arn:aws:outposts:us-west-2:111122223333:outpost/op-1234' } })).toBe(0);
    expect(outpost({})).toBe(1);
  });
});

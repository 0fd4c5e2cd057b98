import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { privateClusterPrivateSubnets as rule } from './private-cluster-private-subnets.js';

const PRIVATE_ONLY = { public: false, private: true, publicAccessCidrs: [] };

describe(rule.id, () => {
  it('flags a fully-private cluster in a VPC with public subnets only', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ existingVpcId: 'vpc-0abc' });
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'public');
    b.subnet(vpc, 'us-east-1b', '10.0.32.0/19', 'public');
    const c = b.cluster(vpc, { endpointAccess: PRIVATE_ONLY });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [c.id, vpc.id], params: { cluster: 'demo-1', vpc: 'vpc-1' } }]);
  });

  it('passes an eksctl-laid-out VPC and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc(), { endpointAccess: PRIVATE_ONLY });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { fullyPrivateEndpoints as rule } from './fully-private-endpoints.js';

const addons = {
  awsLoadBalancerController: true,
  podIdentityAgent: true,
  nodeAutoscaler: 'cluster-autoscaler' as const,
  cloudWatchObservability: true,
};

describe(rule.id, () => {
  it('lists the endpoints eksctl does not create, by controller (eksctl-built VPC)', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const c = b.cluster(vpc, { region: 'us-east-1', fullyPrivate: true, addons });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [c.id, vpc.id],
        params: {
          cluster: 'demo-1',
          region: 'us-east-1',
          // In the add-on table's order (shared/model/addons.ts).
          missing: 'elasticloadbalancing, eks-auth',
          users: 'AWS Load Balancer Controller, EKS Pod Identity Agent',
        },
      },
    ]);
  });

  it("with skipEndpointCreation in an existing VPC, eksctl's required endpoints exist already and the controllers' are the design's own", () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ existingVpcId: 'vpc-0123456789abcdef0', vpcEndpoints: ['com.amazonaws.us-east-1.ec2', 's3'] });
    b.cluster(vpc, {
      fullyPrivate: true,
      addons: { nodeAutoscaler: 'karpenter' },
      extra: { privateCluster: { skipEndpointCreation: true } },
    });
    expect(runRule(rule, b.build())[0]?.params?.['missing']).toBe('ssm');
    // eksctl removes no route from an existing VPC: the message does not assert that the calls fail there.
    expect(rule.text.en.message).toContain('unless the cluster is in an existing VPC whose subnets still route to a NAT gateway');
  });

  it('passes when the VPC lists the rest, a cluster that is not fully private, and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ vpcEndpoints: ['eks-auth', 'elasticloadbalancing'] }), { fullyPrivate: true, addons });
    b.cluster(b.vpc({ natGateway: 'Disable' }), {
      endpointAccess: { public: false, private: true, publicAccessCidrs: [] },
      addons,
    });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.js';
import { validateDesign } from './engine.js';
import { canFix, fixedDesign } from './fixes.js';
import { RULES } from './registry.js';
import { baselineBuilder, DesignBuilder, TEST_CONTEXT } from './test-support/builder.js';
import type { Diagnostic } from './types.js';

/** Existing subnets of one access behind a load balancer that discovers them by tag, none tagged. */
function untaggedExistingSubnets(access: 'public' | 'private'): Design {
  const b = new DesignBuilder();
  const vpc = b.vpc();
  for (const [i, az] of ['us-east-1a', 'us-east-1b'].entries()) {
    b.subnet(vpc, az, `10.0.${i * 32}.0/19`, access, { existingSubnetId: `subnet-0${i}` });
  }
  b.add('alb', { parent: vpc, props: { scheme: access === 'public' ? 'internet-facing' : 'internal' } });
  return b.build();
}

/** For every rule with a fix: a design that breaks exactly that rule (the baseline with one thing undone). */
const FAILING: Record<string, () => Design> = {
  'vpc.nat-per-az': () => {
    const { b, vpc } = baselineBuilder();
    vpc.props.natGateway = 'Single';
    return b.build();
  },
  'vpc.dns-support': () => {
    const { b, vpc } = baselineBuilder();
    vpc.props.enableDnsHostnames = false;
    return b.build();
  },
  'vpc.subnets-eksctl-split': () => {
    const { b, publicSubnets } = baselineBuilder();
    publicSubnets.forEach((s, i) => (s.props.cidr = `10.0.${i * 16}.0/20`));
    return b.build();
  },
  'vpc.eksctl-subnets-both-kinds': () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/16' });
    b.subnet(vpc, 'us-east-1a', '10.0.64.0/19', 'private');
    b.subnet(vpc, 'us-east-1b', '10.0.96.0/19', 'private');
    b.cluster(vpc);
    return b.build();
  },
  'as.karpenter-chart-version': () => {
    const { b, cluster } = baselineBuilder();
    cluster.props.addons.nodeAutoscaler = 'karpenter';
    cluster.props.addons.karpenterVersion = 'v1.11.1';
    return b.build();
  },
  'vpc.lb-tag-public': () => untaggedExistingSubnets('public'),
  'vpc.lb-tag-private': () => untaggedExistingSubnets('private'),
  'sec.pod-identity-agent': () => {
    const { b, cluster } = baselineBuilder();
    cluster.props.addons.podIdentityAgent = false;
    return b.build();
  },
  'eksctl.pod-identity-agent-addon': () => {
    // Associations carried from an imported file, none of the design's own controllers.
    const { b, cluster } = baselineBuilder();
    Object.assign(cluster.props.addons, { podIdentityAgent: false, awsLoadBalancerController: false, nodeAutoscaler: 'none' });
    const association = { namespace: 'backend', serviceAccountName: 'app', roleARN: 'arn:aws:iam::111122223333:role/app' };
    Object.assign(cluster.props, { extra: { iam: { podIdentityAssociations: [association] } } });
    return b.build();
  },
  'as.hpa-metrics-server': () => {
    const { b, cluster } = baselineBuilder();
    cluster.props.addons.metricsServer = false;
    return b.build();
  },
  'lb.alb-needs-lbc': () => {
    // With the agent off too: turning the controller on must bring the agent, not a new error.
    const { b, cluster } = baselineBuilder();
    cluster.props.addons.awsLoadBalancerController = false;
    cluster.props.addons.podIdentityAgent = false;
    cluster.props.addons.nodeAutoscaler = 'none';
    return b.build();
  },
  'cluster.control-plane-logging': () => {
    const { b, cluster } = baselineBuilder();
    cluster.props.logging = ['scheduler', 'api'];
    return b.build();
  },
  'ng.scaling-order': () => {
    const { b, nodeGroup } = baselineBuilder();
    Object.assign(nodeGroup.props, { minSize: 6, desiredCapacity: 9, maxSize: 3 });
    return b.build();
  },
  'eksctl.private-cluster-node-networking': () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    cluster.props.fullyPrivate = true;
    nodeGroup.props.privateNetworking = false;
    return b.build();
  },
  'network.fully-private-internet-lb': () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    cluster.props.fullyPrivate = true;
    nodeGroup.props.privateNetworking = true;
    return b.build();
  },
  'ng.imdsv2': () => {
    const { b, nodeGroup } = baselineBuilder();
    nodeGroup.props.disableImdsV1 = false;
    return b.build();
  },
};

const key = (d: Diagnostic) => `${d.ruleId} ${d.partIds.join(',')}`;

describe('rule fixes', () => {
  it('has a failing design for every rule that offers a fix', () => {
    const withFix = RULES.all()
      .filter((r) => r.fix)
      .map((r) => r.id);
    expect(withFix.sort()).toEqual(Object.keys(FAILING).sort());
  });

  for (const [ruleId, build] of Object.entries(FAILING)) {
    it(`${ruleId}: applying the fix clears the finding and adds no new error`, () => {
      const design = build();
      const untouched = structuredClone(design);
      const before = validateDesign(design, TEST_CONTEXT);
      const finding = before.find((d) => d.ruleId === ruleId);
      expect(finding, `${ruleId} should fire on its failing design`).toBeDefined();

      expect(canFix(design, finding!)).toBe(true);
      const after = fixedDesign(design, finding!);
      expect(design).toEqual(untouched);

      const diagnostics = validateDesign(after, TEST_CONTEXT);
      expect(diagnostics.filter((d) => d.ruleId === ruleId)).toEqual([]);
      const errorsBefore = new Set(before.filter((d) => d.severity === 'error').map(key));
      expect(diagnostics.filter((d) => d.severity === 'error' && !errorsBefore.has(key(d)))).toEqual([]);
      // Once fixed there is nothing left to do: the fix is not offered again.
      expect(fixedDesign(after, finding!)).toBe(after);
    });
  }

  it('offers nothing for a rule without a fix or a finding whose part is gone', () => {
    const design = baselineBuilder().b.build();
    const base = { severity: 'error', messageKey: '', fixKey: '', params: {}, source: '' } as const;
    expect(canFix(design, { ...base, ruleId: 'cluster.name-format', partIds: ['cluster-1'] })).toBe(false);
    expect(canFix(design, { ...base, ruleId: 'ng.imdsv2', partIds: ['no-such-part'] })).toBe(false);
  });

  it('turns a single NAT gateway into one per AZ but leaves a VPC that is already HighlyAvailable alone', () => {
    const { b, vpc } = baselineBuilder();
    vpc.props.natGateway = 'Single';
    const design = b.build();
    const finding = validateDesign(design, TEST_CONTEXT).find((d) => d.ruleId === 'vpc.nat-per-az')!;
    const fixed = fixedDesign(design, finding);
    expect(fixed.parts.find((p) => p.id === vpc.id)!.props).toMatchObject({ natGateway: 'HighlyAvailable' });
    const already = { ...design, parts: fixed.parts };
    expect(fixedDesign(already, finding)).toBe(already);
  });

  it('orders node group scaling keeping the bounds the user gave', () => {
    for (const [min, desired, max, expected] of [
      [1, 5, 3, [1, 3, 3]],
      [4, 2, 6, [4, 4, 6]],
      [0, 0, 0, [0, 0, 1]],
      [6, 9, 3, [3, 6, 6]],
    ] as const) {
      const { b, nodeGroup } = baselineBuilder();
      Object.assign(nodeGroup.props, { minSize: min, desiredCapacity: desired, maxSize: max });
      const design = b.build();
      const finding = validateDesign(design, TEST_CONTEXT).find((d) => d.ruleId === 'ng.scaling-order')!;
      const props = fixedDesign(design, finding).parts.find((p) => p.id === nodeGroup.id)!.props;
      expect(props).toMatchObject({ minSize: expected[0], desiredCapacity: expected[1], maxSize: expected[2] });
    }
  });
});

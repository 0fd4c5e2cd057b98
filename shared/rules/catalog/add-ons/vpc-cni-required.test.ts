import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { findingsFor } from '../../test-support/cluster-config-rule.js';
import { vpcCniRequired as rule } from './vpc-cni-required.js';

describe(rule.id, () => {
  it('flags node groups with nodes, Fargate and Karpenter in a cluster created without the VPC CNI', () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    Object.assign(cluster.props.addons, { vpcCni: false, nodeAutoscaler: 'karpenter' });
    const fp = b.fargateProfile(cluster);
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [cluster.id, nodeGroup.id, fp.id],
        params: {
          cluster: cluster.name,
          path: 'addonsConfig.disableDefaultAddons',
          parts: `${nodeGroup.name}, ${fp.name}, Karpenter, iam.podIdentityAssociations`,
        },
        configPath: 'addonsConfig.disableDefaultAddons',
      },
    ]);
  });

  it('flags carried service accounts, associations and Flux', () => {
    const extra = {
      addonsConfig: { disableDefaultAddons: true },
      iam: { withOIDC: true, serviceAccounts: [{ metadata: { name: 'a' }, attachRoleARN: 'arn:aws:iam::111122223333:role/a' }] },
      gitops: { flux: { gitProvider: 'github', flags: { owner: 'o' } } },
    };
    expect(findingsFor(rule, extra, { addons: { vpcCni: false } }).map((f) => f.params?.['parts'])).toEqual([
      'gitops.flux, iam.serviceAccounts',
    ]);
  });

  it('passes a bare cluster, one with vpc-cni listed, one under Auto Mode, and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc(), { addons: { vpcCni: false } });
    expect(runRule(rule, b.build())).toEqual([]);
    const withNodes = {
      addonsConfig: { disableDefaultAddons: true },
      fargateProfiles: [{ name: 'fp', selectors: [{ namespace: 'a' }] }],
    };
    expect(findingsFor(rule, withNodes)).toEqual([]);
    expect(findingsFor(rule, { ...withNodes, autoModeConfig: { enabled: true } }, { addons: { vpcCni: false } })).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { problemsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { outpost as rule } from './outpost.js';

const outpostArn = 'arn:aws:outposts:us-west-2:111122223333:outpost/op-1234';
const none = { addons: { vpcCni: false, coreDns: false, kubeProxy: false, podIdentityAgent: false } };
// Karpenter carried as an import carries it: with the cluster's autoscaler set to Karpenter.
const withKarpenter = { addons: { ...none.addons, nodeAutoscaler: 'karpenter' as const } };

describe(rule.id, () => {
  it('flags what Outposts lack, each at its field', () => {
    const extra = {
      outpost: { controlPlaneOutpostARN: outpostArn, controlPlanePlacement: { spreadLevel: 'rack' } },
      karpenter: { version: '1.6.0' },
      iam: { withOIDC: true },
      addons: [{ name: 'vpc-cni' }],
      identityProviders: [{ type: 'oidc', name: 'a', clientID: 'b', issuerURL: 'https://c' }],
    };
    expect(problemsFor(rule, extra, withKarpenter)).toEqual([
      ['addons', 'Addons are not supported on Outposts'],
      ['identityProviders', 'Identity Providers are not supported on Outposts'],
      ['karpenter', 'Karpenter is not supported on Outposts'],
      ['iam.withOIDC', 'iam.withOIDC is not supported on Outposts'],
      [
        'vpc.clusterEndpoints.publicAccess',
        'clusterEndpoints.publicAccess cannot be enabled for a cluster on Outposts; the cluster defaults to private-endpoint-only access',
      ],
      [
        'outpost.controlPlanePlacement.spreadLevel',
        'outpost.etcdInstanceType is required when outpost.controlPlanePlacement.spreadLevel is specified',
      ],
    ]);
  });

  it('flags a missing or non-Outposts ARN', () => {
    expect(problemsFor(rule, { outpost: { controlPlaneInstanceType: 'm5d.large' } }, none)[0]).toEqual([
      'outpost.controlPlaneOutpostARN',
      'outpost.controlPlaneOutpostARN is required for Outposts',
    ]);
    const ec2 = 'arn:aws:ec2:us-west-2:111122223333:instance/i-1';
    expect(problemsFor(rule, { outpost: { controlPlaneOutpostARN: ec2 } }, none)[0]).toEqual([
      'outpost.controlPlaneOutpostARN',
      `invalid Outpost ARN: "${ec2}"`,
    ]);
  });

  it('passes no outpost (the baseline)', () => {
    expect(quietOnBaseline(rule)).toBe(true);
  });
});

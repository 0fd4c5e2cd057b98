import { describe, expect, it } from 'vitest';
import { formatEksctlErrors, validateEksctlConfig } from '../eksctl/schema-validator.js';
import { DesignBuilder } from '../rules/test-support/builder.js';
import { buildClusterConfig } from './cluster-config.js';
import { mergeExtra } from './merge-extra.js';

describe('mergeExtra', () => {
  it('adds missing fields deeply and never overrides a modelled value', () => {
    const target: Record<string, unknown> = { name: 'ng', labels: { a: '1' }, list: [1] };
    mergeExtra(target, { name: 'other', labels: { a: '2', b: '3' }, maxPodsPerNode: 20, list: [2], nested: { x: { y: 1 } } });
    expect(target).toEqual({ name: 'ng', labels: { a: '1', b: '3' }, list: [1], maxPodsPerNode: 20, nested: { x: { y: 1 } } });
  });

  it('merges named list items by name and appends the others', () => {
    const target = { addons: [{ name: 'vpc-cni' }, { name: 'coredns' }] as Record<string, unknown>[] };
    mergeExtra(target, {
      addons: [{ name: 'vpc-cni', version: 'v1.19.0', name2: 'x' }, { name: 'aws-efs-csi-driver' }],
    });
    expect(target.addons).toEqual([
      { name: 'vpc-cni', version: 'v1.19.0', name2: 'x' },
      { name: 'coredns' },
      { name: 'aws-efs-csi-driver' },
    ]);
  });

  it('identifies IRSA service accounts and pod identity associations by namespace and name', () => {
    const target = {
      serviceAccounts: [
        { metadata: { name: 'external-dns', namespace: 'kube-system' }, wellKnownPolicies: { externalDNS: true } },
      ],
      podIdentityAssociations: [{ namespace: 'kube-system', serviceAccountName: 'a', wellKnownPolicies: {} }],
    };
    mergeExtra(target, {
      serviceAccounts: [
        { metadata: { name: 'external-dns', namespace: 'kube-system' }, roleName: 'dns-role' },
        { metadata: { name: 'external-dns', namespace: 'other' }, attachPolicyARNs: ['arn:aws:iam::aws:policy/x'] },
      ],
      podIdentityAssociations: [{ namespace: 'kube-system', serviceAccountName: 'a', roleName: 'r' }],
    });
    expect(target.serviceAccounts).toEqual([
      {
        metadata: { name: 'external-dns', namespace: 'kube-system' },
        wellKnownPolicies: { externalDNS: true },
        roleName: 'dns-role',
      },
      { metadata: { name: 'external-dns', namespace: 'other' }, attachPolicyARNs: ['arn:aws:iam::aws:policy/x'] },
    ]);
    expect(target.podIdentityAssociations).toEqual([
      { namespace: 'kube-system', serviceAccountName: 'a', wellKnownPolicies: {}, roleName: 'r' },
    ]);
  });

  it('ignores keys that could reach Object.prototype and copies instead of sharing', () => {
    const extra = JSON.parse('{"__proto__": {"polluted": true}, "nested": {"constructor": 1, "ok": [ {"v": 1} ]}}') as Record<
      string,
      unknown
    >;
    const target: Record<string, unknown> = {};
    mergeExtra(target, extra);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(target).toEqual({ nested: { ok: [{ v: 1 }] } });
    expect(target['nested']).not.toBe(extra['nested']);
  });
});

describe('extras in an exported config', () => {
  it('writes each part’s extra into its own object, behind the modelled fields', () => {
    const b = new DesignBuilder();
    // Subnets are written only for an existing VPC: eksctl creates a new VPC's subnets itself.
    const vpc = b.vpc({ existingVpcId: 'vpc-0abc', extra: { hostnameType: 'resource-name', cidr: '10.99.0.0/16' } });
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'private', { existingSubnetId: 'subnet-0aaa', extra: { cidr: '10.0.1.0/24' } });
    b.subnet(vpc, 'us-east-1b', '10.0.32.0/19', 'private', { existingSubnetId: 'subnet-0bbb' });
    const cluster = b.cluster(vpc, {
      extra: {
        metadata: { name: 'other', annotations: { owner: 'team' } },
        addons: [{ name: 'vpc-cni', version: 'latest' }],
        zonalShiftConfig: { enabled: true },
      },
    });
    b.managedNodeGroup(cluster, { extra: { maxPodsPerNode: 30, instanceType: 't3.nano', updateConfig: { maxUnavailable: 1 } } });
    b.fargateProfile(cluster, { extra: { tags: { env: 'dev' } } });
    const config = buildClusterConfig(b.build());
    expect(formatEksctlErrors(validateEksctlConfig(config).errors)).toBe('');
    expect(config.metadata).toMatchObject({ name: 'demo-1', annotations: { owner: 'team' } });
    expect(config['zonalShiftConfig']).toEqual({ enabled: true });
    expect(config.addons![0]).toEqual({ name: 'vpc-cni', version: 'latest' });
    expect(config.vpc).toMatchObject({ cidr: '10.0.0.0/16', hostnameType: 'resource-name' });
    expect(config.vpc!.subnets!.private!['us-east-1a']).toEqual({ id: 'subnet-0aaa', az: 'us-east-1a', cidr: '10.0.0.0/19' });
    expect(config.managedNodeGroups![0]).toMatchObject({
      instanceType: 'm6i.large',
      maxPodsPerNode: 30,
      updateConfig: { maxUnavailable: 1 },
    });
    expect(config.fargateProfiles![0]).toMatchObject({ tags: { env: 'dev' } });
  });
});

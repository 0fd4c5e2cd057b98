import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { podIdentity as rule } from './pod-identity.js';

const HEAD =
  'addons:\n  - name: vpc-cni\n  - name: coredns\n  - name: kube-proxy\n  - name: eks-pod-identity-agent\n' +
  'managedNodeGroups:\n  - name: ng\n    instanceType: m6i.large\n';
const association = (ns: string, sa: string, extra = '') =>
  `    - namespace: ${ns}\n      serviceAccountName: ${sa}\n      permissionPolicyARNs: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]\n${extra}`;
const profile = (ns: string, labels = '') =>
  `fargateProfiles:\n  - name: fp\n    selectors:\n      - namespace: ${ns}\n${labels}`;

describe(rule.id, () => {
  it('flags an association for a namespace a Fargate profile takes whole (wildcards too)', () => {
    const yaml = `${HEAD}iam:\n  podIdentityAssociations:\n${association('jobs', 'reporter')}${association('web', 'api')}${profile('jo?s')}`;
    const found = runOnYaml(rule, yaml);
    expect(
      found.map((f) => [f.configPath, f.params?.['namespace'], f.params?.['serviceAccount'], f.params?.['profile']]),
    ).toEqual([['iam.podIdentityAssociations[0]', 'jobs', 'reporter', 'fp']]);
    expect(found[0]!.partIds).toHaveLength(2); // the cluster and the profile
  });

  it('passes when the selector matches labels too: the pods may run on the nodes', () => {
    const yaml = `${HEAD}iam:\n  podIdentityAssociations:\n${association('jobs', 'reporter')}${profile('jobs', '        labels:\n          compute: fargate\n')}`;
    expect(runOnYaml(rule, yaml)).toEqual([]);
  });

  it("leaves the design's own workloads and controllers to sec.pod-identity-unsupported-compute", () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), { addons: { podIdentityAgent: true, awsLoadBalancerController: true } });
    b.managedNodeGroup(cluster);
    const fp = b.fargateProfile(cluster, { selectors: [{ namespace: 'kube-system' }, { namespace: 'jobs' }] });
    b.workload(fp, { namespace: 'jobs', usesAwsApis: true, iamPolicyArns: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'] });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

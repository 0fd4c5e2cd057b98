import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { nodeRolePolicies as rule } from './node-role-policies.js';

const group = (list: string, policies: string[], extra = '') =>
  `${list}:\n  - name: ng\n    instanceType: m7i.large\n    iam:\n${extra}      attachPolicyARNs: [${policies.join(', ')}]\n`;
const P = (name: string, partition = 'aws') => `arn:${partition}:iam::aws:policy/${name}`;
const DEFAULTS = [P('AmazonEKSWorkerNodePolicy'), P('AmazonEKS_CNI_Policy'), P('AmazonEC2ContainerRegistryReadOnly')];
const found = (body: string) => runOnYaml(rule, body).map((f) => [f.configPath, f.params?.['missing'], f.severity ?? 'error']);

describe(rule.id, () => {
  it('flags attachPolicyARNs without the default node policies, naming each one missing', () => {
    expect(found(group('managedNodeGroups', [P('AmazonS3ReadOnlyAccess')]))).toEqual([
      [
        'managedNodeGroups[0].iam.attachPolicyARNs',
        'AmazonEKSWorkerNodePolicy, AmazonEKS_CNI_Policy, AmazonEC2ContainerRegistryPullOnly',
        'error',
      ],
    ]);
    // eksctl always gives a self-managed group the ECR pull policy.
    expect(found(group('nodeGroups', [P('AmazonEKS_CNI_Policy')]))).toEqual([
      ['nodeGroups[0].iam.attachPolicyARNs', 'AmazonEKSWorkerNodePolicy', 'error'],
    ]);
  });

  it('flags a managed group whose node role could not pull from ECR, unless imageBuilder gives it PowerUser (ecr.pull-permission)', () => {
    const noPull = [P('AmazonEKSWorkerNodePolicy'), P('AmazonEKS_CNI_Policy')];
    expect(found(group('managedNodeGroups', noPull))).toEqual([
      ['managedNodeGroups[0].iam.attachPolicyARNs', 'AmazonEC2ContainerRegistryPullOnly', 'error'],
    ]);
    expect(found(group('managedNodeGroups', noPull, '      withAddonPolicies:\n        imageBuilder: true\n'))).toEqual([]);
  });

  it("counts the vpc-cni add-on's IRSA settings only with OIDC, as eksctl skips them without it", () => {
    const noCni = [P('AmazonEKSWorkerNodePolicy'), P('AmazonEC2ContainerRegistryPullOnly')];
    const irsaAddon = 'addons:\n  - name: vpc-cni\n    attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy]\n';
    expect(found(irsaAddon + group('managedNodeGroups', noCni))).toEqual([
      ['managedNodeGroups[0].iam.attachPolicyARNs', 'AmazonEKS_CNI_Policy', 'error'],
    ]);
    expect(found('iam: {withOIDC: true}\n' + irsaAddon + group('managedNodeGroups', noCni))).toEqual([]);
    // A Pod Identity association needs no OIDC, and eksctl matches the add-on's name case-insensitively.
    const podId =
      'addons:\n  - name: eks-pod-identity-agent\n  - name: VPC-CNI\n    podIdentityAssociations:\n      - serviceAccountName: aws-node\n        namespace: kube-system\n        permissionPolicyARNs: [arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy]\n';
    expect(found(podId + group('managedNodeGroups', noCni))).toEqual([]);
  });

  it('is a warning when a customer managed or inline policy might grant the same', () => {
    expect(found(group('managedNodeGroups', ['arn:aws:iam::111122223333:policy/node-base']))).toEqual([
      [
        'managedNodeGroups[0].iam.attachPolicyARNs',
        'AmazonEKSWorkerNodePolicy, AmazonEKS_CNI_Policy, AmazonEC2ContainerRegistryPullOnly',
        'warning',
      ],
    ]);
  });

  it('passes the defaults in any partition, a CNI with its own identity, and groups without attachPolicyARNs', () => {
    expect(found(group('managedNodeGroups', DEFAULTS))).toEqual([]);
    expect(
      found(
        group(
          'managedNodeGroups',
          DEFAULTS.map((a) => a.replace(':aws:', ':aws-cn:')),
        ),
      ),
    ).toEqual([]);
    const noCni = [P('AmazonEKSWorkerNodePolicy'), P('AmazonEC2ContainerRegistryPullOnly')];
    expect(found('iam: {withOIDC: true}\n' + group('managedNodeGroups', noCni))).toEqual([]);
    expect(
      found(
        'addons:\n  - name: eks-pod-identity-agent\n  - name: vpc-cni\n    useDefaultPodIdentityAssociations: true\n' +
          group('managedNodeGroups', noCni),
      ),
    ).toEqual([]);
    expect(
      found(
        group(
          'managedNodeGroups',
          [P('AmazonEKSWorkerNodePolicy'), P('AmazonEKS_CNI_Policy')],
          '      withAddonPolicies: {imageBuilder: true}\n',
        ),
      ),
    ).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

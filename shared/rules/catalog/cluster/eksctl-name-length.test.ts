import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { importEksctlYaml } from '../../../round-trip/index.js';
import { eksctlNameLength as rule } from './eksctl-name-length.js';

/** The baseline's cluster (Pod Identity for the AWS Load Balancer Controller and Cluster Autoscaler) under another name. */
function baselineNamed(name: string, addons: Record<string, unknown> = {}) {
  const { b, cluster, nodeGroup } = baselineBuilder();
  cluster.name = name;
  Object.assign(cluster.props.addons, addons);
  return { design: b.build(), cluster, nodeGroup };
}

const paths = (findings: ReturnType<typeof runRule>) => findings.map((f) => f.configPath);

describe(rule.id, () => {
  it('passes the baseline and the longest names that fit', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    // eksctl-<c>-podidentityrole-kube-system-aws-load-balancer-controller is 128 characters with a 64-character name.
    expect(runRule(rule, baselineNamed('c'.repeat(64)).design)).toEqual([]);
    // eksctl-KarpenterNodeRole-<c> is 64 characters with a 39-character name.
    expect(runRule(rule, baselineNamed('k'.repeat(39), { nodeAutoscaler: 'karpenter' }).design)).toEqual([]);
  });

  it('flags the Pod Identity role stacks of a cluster name EKS accepts but eksctl cannot build on', () => {
    const { design, cluster } = baselineNamed('c'.repeat(65));
    const findings = runRule(rule, design);
    // Only the longest service account overflows: cluster-autoscaler's stack is 10 characters shorter.
    expect(paths(findings)).toEqual(['iam.podIdentityAssociations[0].serviceAccountName']);
    expect(findings[0]).toMatchObject({
      partIds: [cluster.id],
      params: {
        kind: 'CloudFormation stack',
        name: `eksctl-${'c'.repeat(65)}-podidentityrole-kube-system-aws-load-balancer-controller`,
        length: 129,
        limit: 128,
      },
    });
  });

  it("flags Karpenter's node role over IAM's 64 characters", () => {
    const findings = runRule(
      rule,
      baselineNamed('platform-production-eu-central-cluster01', { nodeAutoscaler: 'karpenter' }).design,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      configPath: 'karpenter',
      params: {
        kind: 'IAM role',
        name: 'eksctl-KarpenterNodeRole-platform-production-eu-central-cluster01',
        length: 65,
        limit: 64,
      },
    });
  });

  // Found by the seventh pass of unseen configs: a roleName of 65 characters on an IRSA service account got no
  // error; eksctl names the role outright (RoleName) and IAM's CreateRole takes at most 64 characters.
  it("flags role names the config gives outright over IAM's 64 characters", () => {
    const long = 'r'.repeat(65);
    const yaml = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: roles, region: us-east-1, version: "1.35"}
iam:
  withOIDC: true
  serviceAccounts:
    - {metadata: {name: a}, roleName: ${long}, attachPolicyARNs: [arn:aws:iam::aws:policy/ReadOnlyAccess]}
    - {metadata: {name: b}, roleName: ${'r'.repeat(64)}, attachPolicyARNs: [arn:aws:iam::aws:policy/ReadOnlyAccess]}
  podIdentityAssociations:
    - {namespace: team, serviceAccountName: app, roleName: ${long}, permissionPolicyARNs: [arn:aws:iam::aws:policy/ReadOnlyAccess]}
addons:
  - name: eks-pod-identity-agent
  - {name: aws-ebs-csi-driver, podIdentityAssociations: [{serviceAccountName: ebs-csi-controller-sa, roleName: ${long}, wellKnownPolicies: {ebsCSIController: true}}]}
managedNodeGroups:
  - {name: ng, instanceType: m7i.large, iam: {instanceRoleName: ${long}}}
`;
    const findings = runRule(rule, importEksctlYaml(yaml).document.design);
    expect(paths(findings).sort()).toEqual([
      'addons[1].podIdentityAssociations[0].roleName',
      'iam.podIdentityAssociations[0].roleName',
      'iam.serviceAccounts[0].roleName',
      'managedNodeGroups[0].iam.instanceRoleName',
    ]);
    expect(findings[0]).toMatchObject({ params: { kind: 'IAM role', length: 65, limit: 64 } });
  });

  // Found by the sixteenth pass of unseen configs: the other IAM names a config writes went unchecked. eksctl
  // names a pod identity role's inline policy `<stack name>-<permissionPolicyName>` (PutRolePolicy: at most 128
  // characters) and Karpenter's instance profile karpenter.defaultInstanceProfile (CreateInstanceProfile: 128).
  it("flags inline policy and instance profile names the config writes over IAM's 128 characters", () => {
    // eksctl-iam-podidentityrole-team-app- is 36 characters: a 92-character policy name makes 128.
    const policy = (n: number) =>
      `{Version: "2012-10-17", Statement: [{Effect: Allow, Action: ["s3:GetObject"], Resource: "*"}]}, permissionPolicyName: ${'p'.repeat(n)}`;
    const yaml = (n: number, profile: number) => `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: iam, region: us-east-1, version: "1.35"}
iam:
  podIdentityAssociations:
    - {namespace: team, serviceAccountName: app, permissionPolicy: ${policy(n)}}
addons:
  - name: eks-pod-identity-agent
karpenter: {version: "1.6.3", defaultInstanceProfile: ${'k'.repeat(profile)}}
managedNodeGroups:
  - {name: ng, instanceType: m7i.large}
`;
    expect(runRule(rule, importEksctlYaml(yaml(92, 128)).document.design)).toEqual([]);
    const findings = runRule(rule, importEksctlYaml(yaml(93, 129)).document.design);
    expect(findings.map((f) => [f.configPath, f.params?.kind, f.params?.length, f.params?.limit])).toEqual([
      ['iam.podIdentityAssociations[0].permissionPolicyName', 'IAM inline policy', 129, 128],
      ['karpenter.defaultInstanceProfile', 'IAM instance profile', 129, 128],
    ]);
    expect(findings[0]!.params?.name).toBe(`eksctl-iam-podidentityrole-team-app-${'p'.repeat(93)}`);
  });

  it('flags node group stacks of a long cluster and node group name, on the node group', () => {
    const b = new DesignBuilder();
    const cluster = b.add('cluster', { name: 'c'.repeat(60), props: { addons: { podIdentityAgent: false } } });
    const ng = b.selfManagedNodeGroup(cluster, { instanceTypes: ['m6i.large'], minSize: 1, desiredCapacity: 1, maxSize: 2 });
    const short = b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'], minSize: 1, desiredCapacity: 1, maxSize: 2 });
    ng.name = 'n'.repeat(51); // 18 + 60 + 51 = 129
    short.name = 'n'.repeat(50); // 128: fits
    const findings = runRule(rule, b.build());
    expect(findings).toEqual([expect.objectContaining({ partIds: [ng.id], configPath: 'nodeGroups[0].name' })]);
  });

  it('counts the stacks of IRSA service accounts and add-on roles, not of roles given by ARN', () => {
    const b = new DesignBuilder();
    const name = 'c'.repeat(100);
    const cluster = b.add('cluster', {
      name,
      props: {
        controllerIdentity: 'irsa',
        addons: { ebsCsiDriver: true, awsLoadBalancerController: true },
        extra: {
          iam: {
            serviceAccounts: [
              { metadata: { name: 'given', namespace: 'kube-system' }, attachRoleARN: 'arn:aws:iam::111122223333:role/x' },
            ],
          },
        },
      },
    });
    const findings = runRule(rule, b.build());
    expect(findings.map((f) => f.params?.name)).toEqual(
      expect.arrayContaining([
        `eksctl-${name}-addon-iamserviceaccount-kube-system-aws-load-balancer-controller`,
        `eksctl-${name}-addon-aws-ebs-csi-driver`,
      ]),
    );
    expect(findings.map((f) => String(f.params?.name))).not.toContainEqual(expect.stringContaining('given'));
    expect(findings.every((f) => f.partIds.includes(cluster.id))).toBe(true);
  });

  it('follows the role eksctl gives each add-on: recommended IRSA and auto-applied defaults make stacks, skipped IRSA none', () => {
    const name = 'c'.repeat(100);
    const head = `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: ${name}, region: us-west-2, version: "1.35"}\n`;
    const names = (yaml: string) =>
      runRule(rule, importEksctlYaml(head + yaml).document.design).map((f) => String(f.params?.name));
    // With OIDC, eksctl gives the EBS CSI driver an IRSA role with its recommended policies, in its own stack.
    expect(names('iam: {withOIDC: true}\naddons:\n  - name: aws-ebs-csi-driver\n')).toEqual([
      `eksctl-${name}-addon-aws-ebs-csi-driver`,
    ]);
    // Without OIDC eksctl skips the add-on's IRSA settings: no stack.
    expect(names('addons:\n  - name: aws-ebs-csi-driver\n    attachPolicyARNs: [arn:aws:iam::aws:policy/x]\n')).toEqual([]);
    // addonsConfig.autoApplyPodIdentityAssociations gives the default association's role stack, as useDefault does.
    expect(names('addonsConfig: {autoApplyPodIdentityAssociations: true}\naddons:\n  - name: aws-ebs-csi-driver\n')).toEqual([
      `eksctl-${name}-addon-aws-ebs-csi-driver-podidentityrole-ebs-csi-controller-sa`,
    ]);
  });
});

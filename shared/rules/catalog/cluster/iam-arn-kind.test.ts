import { describe, expect, it } from 'vitest';
import { problemsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { iamArnKind as rule } from './iam-arn-kind.js';

const role = (n: string) => `arn:aws:iam::111122223333:role/${n}`;
const policy = (n: string) => `arn:aws:iam::111122223333:policy/${n}`;

describe(rule.id, () => {
  // Found by the sixth pass of unseen configs: eksctl hands these ARNs to IAM, EKS and CloudFormation without
  // looking at what kind of resource they name, so a profile for a role, a session for a role or a role in a
  // policy list fails only while the stacks are created.
  it('flags an ARN of the wrong kind of IAM resource, wherever eksctl takes one', () => {
    const yaml = [
      'iam:',
      '  serviceRoleARN: arn:aws:iam::111122223333:instance-profile/eks-cluster',
      '  podIdentityAssociations:',
      '    - {namespace: a, serviceAccountName: a, roleARN: "arn:aws:sts::111122223333:assumed-role/app/session"}',
      'addons:',
      '  - {name: vpc-cni, serviceAccountRoleARN: "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"}',
      'nodeGroups:',
      '  - name: ng',
      '    iam:',
      '      instanceProfileARN: arn:aws:iam::111122223333:role/nodes',
      '      instanceRoleARN: arn:aws:iam::111122223333:instance-profile/nodes',
      'managedNodeGroups:',
      '  - name: mng',
      '    iam:',
      '      attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy", "arn:aws:iam::111122223333:role/extra"]',
      'fargateProfiles:',
      '  - {name: fp, podExecutionRoleARN: "arn:aws:iam::111122223333:user/fargate", selectors: [{namespace: a}]}',
    ].join('\n');
    expect(runOnYaml(rule, yaml).map((f) => [f.configPath, f.params?.['actual']])).toEqual([
      ['iam.serviceRoleARN', 'iam:instance-profile'],
      ['iam.podIdentityAssociations[0].roleARN', 'sts:assumed-role'],
      ['addons[0].serviceAccountRoleARN', 'iam:policy'],
      ['managedNodeGroups[0].iam.attachPolicyARNs[1]', 'iam:role'],
      ['nodeGroups[0].iam.instanceRoleARN', 'iam:instance-profile'],
      ['nodeGroups[0].iam.instanceProfileARN', 'iam:role'],
      ['fargateProfiles[0].podExecutionRoleARN', 'iam:user'],
    ]);
  });

  it('passes ARNs of the right kind, with paths and in other partitions, and leaves non-ARNs to other rules', () => {
    const config = {
      iam: {
        serviceRoleARN: role('eks/cluster'),
        serviceRolePermissionsBoundary: policy('boundary'),
        serviceAccounts: [
          { metadata: { name: 's' }, attachRoleARN: role('s'), attachPolicyARNs: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] },
        ],
      },
      autoModeConfig: { enabled: true, nodeRoleARN: 'arn:aws-cn:iam::111122223333:role/auto' },
      nodeGroups: [
        {
          name: 'ng',
          iam: {
            instanceProfileARN: 'arn:aws:iam::111122223333:instance-profile/nodes',
            instanceRoleARN: role('nodes'),
            attachPolicyARNs: ['not-an-arn'],
          },
        },
      ],
    };
    expect(problemsFor(rule, config)).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});

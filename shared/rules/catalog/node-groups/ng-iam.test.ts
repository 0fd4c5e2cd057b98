import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml } from '../../test-support/yaml-rule.js';
import { ngIam as rule } from './ng-iam.js';

describe(rule.id, () => {
  it('flags an existing role or profile with settings for a created role, a policy that is no ARN, and albIngress with its successor', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    iam:\n      instanceRoleARN: arn:aws:iam::111122223333:role/nodes\n      withAddonPolicies:\n        cloudWatch: true\n' +
      'nodeGroups:\n  - name: b\n    iam:\n      instanceProfileARN: arn:aws:iam::111122223333:instance-profile/nodes\n      instanceRoleName: my-nodes\n' +
      '  - name: c\n    iam:\n      attachPolicyARNs: [AmazonEKSWorkerNodePolicy]\n' +
      '  - name: d\n    iam:\n      withAddonPolicies:\n        albIngress: true\n        awsLoadBalancerController: true\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([
      [
        'managedNodeGroups[0].iam.withAddonPolicies.cloudWatch',
        'managedNodeGroups[0].iam.instanceRoleARN and managedNodeGroups[0].iam.withAddonPolicies.cloudWatch cannot be set at the same time',
      ],
      [
        'nodeGroups[0].iam.instanceRoleName',
        'nodeGroups[0].iam.instanceProfileARN and nodeGroups[0].iam.instanceRoleName cannot be set at the same time',
      ],
      ['nodeGroups[1].iam.attachPolicyARNs[0]', 'invalid ARN "AmazonEKSWorkerNodePolicy" in nodeGroups[1].iam.attachPolicyARNs'],
      [
        'nodeGroups[2].iam.withAddonPolicies.albIngress',
        '"awsLoadBalancerController" and "albIngress" cannot both be configured, please use "awsLoadBalancerController" as "albIngress" is deprecated',
      ],
    ]);
  });

  it('passes an existing role alone and policies by ARN', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    iam:\n      instanceRoleARN: arn:aws:iam::111122223333:role/nodes\n' +
      'nodeGroups:\n  - name: c\n    iam:\n      attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy]\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([]);
  });
  it('passes the baseline design', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml } from '../../test-support/yaml-rule.js';
import { mngUnsupportedFields as rule } from './mng-unsupported-fields.js';

describe(rule.id, () => {
  it('flags withLocal/withShared, an instance profile and an Outpost on managed groups', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    securityGroups:\n      withShared: true\n' +
      '  - name: b\n    iam:\n      instanceProfileARN: arn:aws:iam::111122223333:instance-profile/nodes\n' +
      '  - name: c\n    outpostARN: arn:aws:outposts:us-west-2:111122223333:outpost/op-0123456789abcdef0\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([
      [
        'managedNodeGroups[0].securityGroups.withShared',
        'securityGroups.withLocal and securityGroups.withShared are not supported for managed nodegroups (managedNodeGroups[0].securityGroups)',
      ],
      [
        'managedNodeGroups[1].iam.instanceProfileARN',
        'instanceProfileARN is not supported for Managed Nodes (managedNodeGroups[1].instanceProfileARN)',
      ],
      ['managedNodeGroups[2].outpostARN', 'Outposts is not supported for managed nodegroups'],
    ]);
  });

  it('passes the same fields on self-managed groups, and false flags', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    securityGroups:\n      withShared: false\n      withLocal: false\n' +
      'nodeGroups:\n  - name: b\n    securityGroups:\n      withShared: true\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([]);
  });
  // Found by the seventh pass of unseen configs: a managed group on an Outposts cluster got this finding at
  // managedNodeGroups[0] besides eksctl.outpost's at managedNodeGroups, two errors for one eksctl message.
  it("leaves managed groups on an Outposts cluster to eksctl.outpost, which reports eksctl's one error", () => {
    const yaml =
      'outpost:\n  controlPlaneOutpostARN: arn:aws:outposts:us-west-2:111122223333:outpost/op-0123456789abcdef0\n' +
      'managedNodeGroups:\n  - name: a\n    securityGroups:\n      withShared: true\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([]);
  });
  it('passes the baseline design', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml } from '../../test-support/yaml-rule.js';
import { selfManagedAccess as rule } from './self-managed-access.js';

describe(rule.id, () => {
  it('flags self-managed groups without the creator admin access, under CONFIG_MAP or without access entries', () => {
    const ng = 'nodeGroups:\n  - name: a\n';
    expect(
      messagesOnYaml(
        rule,
        `accessConfig:\n  bootstrapClusterCreatorAdminPermissions: false\n  authenticationMode: CONFIG_MAP\n${ng}`,
      ),
    ).toEqual([
      [
        'accessConfig.bootstrapClusterCreatorAdminPermissions',
        'cannot create self-managed nodegroups when authenticationMode is CONFIG_MAP and bootstrapClusterCreatorAdminPermissions is false',
      ],
    ]);
    expect(messagesOnYaml(rule, `accessConfig:\n  bootstrapClusterCreatorAdminPermissions: false\n${ng}`)).toEqual([
      [
        'accessConfig.bootstrapClusterCreatorAdminPermissions',
        'cannot create self-managed nodegroups when bootstrapClusterCreatorAdminPermissions is false and no access entries are configured',
      ],
    ]);
  });

  it('passes access entries, managed groups only, and the default', () => {
    const entries =
      'accessConfig:\n  bootstrapClusterCreatorAdminPermissions: false\n  accessEntries:\n    - principalARN: arn:aws:iam::111122223333:role/admin\n      accessPolicies:\n        - policyARN: arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy\n          accessScope:\n            type: cluster\n';
    expect(messagesOnYaml(rule, `${entries}nodeGroups:\n  - name: a\n`)).toEqual([]);
    expect(
      messagesOnYaml(rule, 'accessConfig:\n  bootstrapClusterCreatorAdminPermissions: false\nmanagedNodeGroups:\n  - name: a\n'),
    ).toEqual([]);
    expect(messagesOnYaml(rule, 'nodeGroups:\n  - name: a\n')).toEqual([]);
  });
  it('passes the baseline design', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

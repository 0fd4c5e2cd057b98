import { describe, expect, it } from 'vitest';
import { problemsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { iamIdentityMappings as rule } from './iam-identity-mappings.js';

describe(rule.id, () => {
  it('flags serviceName without namespace, namespace alone, and account with other options', () => {
    const iamIdentityMappings = [
      { serviceName: 'emr-containers' },
      { namespace: 'spark' },
      { account: '111122223333', username: 'ops' },
    ];
    expect(problemsFor(rule, { iamIdentityMappings })).toEqual([
      ['iamIdentityMappings[0]', 'namespace is required when using serviceName'],
      ['iamIdentityMappings[1]', 'serviceName is required when using namespace'],
      ['iamIdentityMappings[2]', 'account cannot be configured with any other options'],
    ]);
  });

  // Found by the sixth pass of unseen configs: eksctl's iam.NewIdentity, run while the cluster is created,
  // refuses an arn mapping with no arn, no username or groups, or an arn that is neither a user nor a role.
  it('flags arn mappings iam.NewIdentity refuses: a group or session arn, no arn, no username or groups', () => {
    const iamIdentityMappings = [
      { arn: 'arn:aws:iam::111122223333:group/platform-admins', groups: ['system:masters'] },
      { arn: 'arn:aws:sts::111122223333:assumed-role/Admin/jane', username: 'jane' },
      { username: 'ops', groups: ['ops'] },
      { arn: 'arn:aws:iam::111122223333:role/ops' },
      { arn: 'role/ops', username: 'ops' },
      { arn: 'arn:aws:iam::111122223333:user/ci', username: 'ci' },
    ];
    expect(problemsFor(rule, { iamIdentityMappings })).toEqual([
      ['iamIdentityMappings[0]', 'arn is neither user nor role'],
      ['iamIdentityMappings[1]', 'arn is neither user nor role'],
      ['iamIdentityMappings[2]', 'expected a valid arn but got empty string'],
      ['iamIdentityMappings[3]', 'neither username nor group are set for iam identity'],
      ['iamIdentityMappings[4]', 'arn: invalid prefix'],
    ]);
  });

  it("passes eksctl's example mappings and the baseline", () => {
    const iamIdentityMappings = [
      { arn: 'arn:aws:iam::111122223333:role/eksdev', groups: ['system:masters'], username: 'admin', noDuplicateARNs: true },
      { serviceName: 'emr-containers', namespace: 'emr' },
      { account: '111122223333' },
    ];
    expect(problemsFor(rule, { iamIdentityMappings })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});

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

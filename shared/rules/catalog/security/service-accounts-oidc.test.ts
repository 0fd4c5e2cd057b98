import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { serviceAccountsOidc as rule } from './service-accounts-oidc.js';

const accounts = [
  { metadata: { name: 's3-reader', namespace: 'backend' }, attachPolicyARNs: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'] },
];

describe(rule.id, () => {
  it('flags service accounts carried in the config without iam.withOIDC, pointing at the field', () => {
    const b = new DesignBuilder();
    const c = b.cluster(undefined, { controllerIdentity: 'pod-identity', extra: { iam: { serviceAccounts: accounts } } });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [c.id], params: { cluster: 'demo-1', path: 'iam.withOIDC' }, configPath: 'iam.withOIDC' },
    ]);
  });

  it('passes with iam.withOIDC: true, with no service accounts, and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { extra: { iam: { withOIDC: true, serviceAccounts: accounts } } });
    b.cluster(undefined, { extra: { iam: { serviceAccounts: [] } } });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

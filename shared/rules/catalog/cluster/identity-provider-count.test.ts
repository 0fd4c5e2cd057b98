import { describe, expect, it } from 'vitest';
import { problemsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { identityProviderCount as rule } from './identity-provider-count.js';

const idp = (name: string) => ({ name, type: 'oidc', issuerURL: `https://${name}.example.com`, clientID: name });

describe(rule.id, () => {
  // Found by the seventh pass of unseen configs: two OIDC providers (Okta and Dex) got no error, though EKS
  // associates one OIDC identity provider with a cluster.
  it('flags every OIDC identity provider after the first', () => {
    const found = problemsFor(rule, { identityProviders: [idp('okta'), idp('dex'), idp('azure')] });
    expect(found.map(([path]) => path)).toEqual(['identityProviders[1]', 'identityProviders[2]']);
  });

  it('passes one identity provider and the baseline', () => {
    expect(problemsFor(rule, { identityProviders: [idp('okta')] })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});

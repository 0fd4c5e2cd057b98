import { describe, expect, it } from 'vitest';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { identityProviders as rule } from './identity-providers.js';

const idp = { type: 'oidc', name: 'corp', issuerURL: 'https://idp.example.com', clientID: 'kubernetes' };

describe(rule.id, () => {
  it('flags an OIDC provider without a clientID', () => {
    expect(findingsFor(rule, { identityProviders: [idp, { ...idp, clientID: '' }] })).toEqual([
      {
        partIds: ['cluster-1'],
        params: { cluster: 'demo-1', path: 'identityProviders[1].clientID', index: 1, field: 'clientID' },
        configPath: 'identityProviders[1].clientID',
      },
    ]);
  });

  it('passes complete providers and the baseline', () => {
    expect(findingsFor(rule, { identityProviders: [idp] })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { issuerUrlProblem, oidcIssuerUrl as rule } from './oidc-issuer-url.js';

describe(rule.id, () => {
  // Found by the sixth pass of unseen configs: eksctl checks only that issuerURL is set; EKS takes https only.
  it('flags an issuer URL that is not https or carries a query', () => {
    const yaml =
      'identityProviders:\n' +
      '  - {name: dex, type: oidc, clientID: k8s, issuerURL: "http://dex.example.com"}\n' +
      '  - {name: okta, type: oidc, clientID: k8s, issuerURL: "https://example.okta.com?tenant=1"}\n' +
      '  - {name: ok, type: oidc, clientID: k8s, issuerURL: "https://login.example.com/realms/eks"}\n';
    expect(runOnYaml(rule, yaml).map((f) => [f.configPath, f.params?.['problem']])).toEqual([
      ['identityProviders[0].issuerURL', 'must begin with https://'],
      ['identityProviders[1].issuerURL', 'must have no query parameters'],
    ]);
    expect(issuerUrlProblem('https://token.actions.githubusercontent.com')).toBeUndefined();
  });

  it('passes the baseline and leaves an empty URL to eksctl.identity-providers', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    expect(runOnYaml(rule, 'identityProviders:\n  - {name: dex, type: oidc, clientID: k8s, issuerURL: ""}\n')).toEqual([]);
  });
});

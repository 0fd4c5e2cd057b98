import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { tagReservedPrefix as rule } from './tag-reserved-prefix.js';

const paths = (body: string) => runOnYaml(rule, body).map((f) => f.configPath);

describe(rule.id, () => {
  it('flags aws: tag keys, in any letter case, wherever eksctl passes tags on', () => {
    expect(
      paths(
        'managedNodeGroups:\n  - name: m\n    tags:\n      team: a\n      AWS:owner: b\n' +
          'fargateProfiles:\n  - name: fp\n    selectors: [{namespace: x}]\n    tags:\n      aws:cost: c\n' +
          'addons:\n  - name: metrics-server\n    tags:\n      aws:x: v\n' +
          // Found by the eighth pass of unseen configs: identity providers and capabilities carry tags too.
          'identityProviders:\n  - name: idp\n    type: oidc\n    issuerURL: https://login.example.com\n    clientID: k\n    tags:\n      aws:team: t\n',
      ),
    ).toEqual([
      'managedNodeGroups[0].tags["AWS:owner"]',
      'fargateProfiles[0].tags["aws:cost"]',
      'addons[0].tags["aws:x"]',
      'identityProviders[0].tags["aws:team"]',
    ]);
  });

  it("flags a drawn cluster's tag, which the export writes as a stack tag", () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc(), { tags: { 'aws:team': 'platform' } });
    expect(runRule(rule, b.build()).map((f) => [f.configPath, f.params?.['suggestion']])).toEqual([
      ['metadata.tags["aws:team"]', 'team'],
    ]);
  });

  it('passes ordinary keys, keys that only contain aws, and the baseline', () => {
    expect(paths('managedNodeGroups:\n  - name: m\n    tags:\n      team-aws: a\n      awsome: b\n')).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

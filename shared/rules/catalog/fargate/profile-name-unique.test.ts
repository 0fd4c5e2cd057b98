import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { profileNameUnique as rule } from './profile-name-unique.js';

describe(rule.id, () => {
  it('flags every repeat of a Fargate profile name, pointing at the first', () => {
    const body =
      'fargateProfiles:\n  - name: fp\n    selectors: [{namespace: a}]\n  - name: other\n    selectors: [{namespace: b}]\n' +
      '  - name: fp\n    selectors: [{namespace: c}]\n';
    expect(runOnYaml(rule, body).map((f) => [f.configPath, f.params?.['first']])).toEqual([['fargateProfiles[2].name', 0]]);
  });

  it('flags two drawn profiles of one name, and passes distinct names and the baseline', () => {
    const b = new DesignBuilder();
    const c = b.cluster(b.vpc());
    b.add('fargate-profile', { parent: c, name: 'apps' });
    b.add('fargate-profile', { parent: c, name: 'apps' });
    expect(runRule(rule, b.build())).toHaveLength(1);
    expect(
      runOnYaml(
        rule,
        'fargateProfiles:\n  - name: a\n    selectors: [{namespace: a}]\n  - name: b\n    selectors: [{namespace: b}]\n',
      ),
    ).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

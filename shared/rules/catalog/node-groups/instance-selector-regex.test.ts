import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { goRegexpProblem } from './go-regexp.js';
import { instanceSelectorRegex as rule } from './instance-selector-regex.js';

describe(rule.id, () => {
  // Found by the sixth pass of unseen configs: eksctl compiles instanceSelector.allow/deny with Go's
  // regexp.Compile (RE2) and stops at a pattern it cannot compile, on both kinds of group.
  it('flags allow/deny patterns Go cannot compile, on managed and self-managed groups', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    instanceSelector:\n      vCPUs: 4\n      allow: "^(?!m7).*"\n' +
      'nodeGroups:\n  - name: b\n    instanceSelector:\n      vCPUs: 2\n      allow: "m[6-7]i\\\\..*"\n      deny: "m[5-7.*"\n';
    expect(runOnYaml(rule, yaml).map((f) => [f.configPath, f.params?.['problem']])).toEqual([
      ['managedNodeGroups[0].instanceSelector.allow', 'lookahead and lookbehind are not supported'],
      ['nodeGroups[0].instanceSelector.deny', 'Unterminated character class'],
    ]);
  });

  it('accepts RE2 syntax JavaScript lacks, and refuses what RE2 lacks', () => {
    for (const ok of [
      'm[6-7]i\\..*',
      '.*(metal|flex).*',
      '(?i)M5\\..*',
      '(?P<family>m5)\\.large',
      '(?s:.)',
      '[[:alpha:]]+',
      '\\Qm5.large\\E',
      'm5\\z',
      '\\(?=x',
      '[(?=]',
      // Punctuation and _ escape themselves in Go too (it once refused \_ and gave in); octal \101 is "A".
      'm5\\_large\\-x',
      '\\d+xlarge\\b',
      '[\\w.]+',
      'm\\101',
    ])
      expect(goRegexpProblem(ok), ok).toBeUndefined();
    for (const bad of [
      '^(?!m7).*',
      '(?<=a)b',
      '(?<!a)b',
      '(a)\\1',
      '(?<f>a)\\k<f>',
      '(?>a)',
      'a{1001}',
      '(m5',
      '*m5',
      'a\\',
      'm5\\.large\\e',
      '[\\q]',
      '\\1',
    ])
      expect(goRegexpProblem(bad), bad).toBeDefined();
  });

  it('passes the baseline design and a selector without patterns', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    expect(runOnYaml(rule, 'managedNodeGroups:\n  - name: a\n    instanceSelector:\n      vCPUs: 4\n')).toEqual([]);
  });
});

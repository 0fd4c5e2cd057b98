import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml } from '../../test-support/yaml-rule.js';
import { mngLaunchTemplate as rule } from './mng-launch-template.js';

describe(rule.id, () => {
  it('flags a version that is no number, a version below 1, and instance settings beside it', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    launchTemplate:\n      id: lt-0123456789abcdef0\n      version: "x"\n' +
      '  - name: b\n    launchTemplate:\n      id: lt-0123456789abcdef0\n      version: "0"\n' +
      '  - name: c\n    volumeSize: 100\n    launchTemplate:\n      id: lt-0123456789abcdef0\n';
    const found = messagesOnYaml(rule, yaml);
    expect(found.slice(0, 2)).toEqual([
      [
        'managedNodeGroups[0].launchTemplate.version',
        'invalid launch template version: strconv.ParseInt: parsing "x": invalid syntax',
      ],
      [
        'managedNodeGroups[1].launchTemplate.version',
        'launchTemplate.version must be >= 1 (managedNodeGroups[1].launchTemplate.version)',
      ],
    ]);
    expect(found[2]![0]).toBe('managedNodeGroups[2].volumeSize');
    expect(found[2]![1]).toMatch(/^cannot set instanceType, ami, .* in managedNodeGroup when a launch template is supplied$/);
    expect(found).toHaveLength(3);
  });

  it('passes a template with id and version and nothing it owns beside it', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    desiredCapacity: 2\n    labels:\n      role: web\n    launchTemplate:\n      id: lt-0123456789abcdef0\n      version: "3"\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([]);
  });
  it('passes the baseline design', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

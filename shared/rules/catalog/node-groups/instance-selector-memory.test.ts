import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { instanceSelectorMemory as rule, instanceSelectorMemoryValid } from './instance-selector-memory.js';

describe(rule.id, () => {
  // Found by the adversarial fixtures (issue 12): eksctl parses instanceSelector.memory with
  // amazon-ec2-instance-selector's bytequantity and refuses what it cannot read, on both kinds of group.
  it('flags a memory value eksctl cannot read, on managed and self-managed groups', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    instanceSelector:\n      vCPUs: 4\n      memory: 16 GB RAM\n' +
      'nodeGroups:\n  - name: b\n    instanceSelector:\n      vCPUs: 2\n      memory: 1.5MiB\n';
    expect(runOnYaml(rule, yaml).map((f) => [f.configPath, f.params?.['memory']])).toEqual([
      ['managedNodeGroups[0].instanceSelector.memory', '16 GB RAM'],
      ['nodeGroups[0].instanceSelector.memory', '1.5MiB'],
    ]);
  });

  it('reads the forms bytequantity accepts', () => {
    for (const ok of ['16', '16GiB', '16gib', '16 GB', '2g', '512MiB', '512.0mb', '1.5TiB', '0.125 t', '4Gi'])
      expect(instanceSelectorMemoryValid(ok), ok).toBe(true);
    for (const bad of ['16GB RAM', '1.5MiB', '16 GiB ', 'sixteen', '1.2345GiB', '16KiB', '-4'])
      expect(instanceSelectorMemoryValid(bad), bad).toBe(false);
  });

  it('passes the baseline design and a selector without memory', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    expect(runOnYaml(rule, 'managedNodeGroups:\n  - name: a\n    instanceSelector:\n      vCPUs: 4\n')).toEqual([]);
  });
});

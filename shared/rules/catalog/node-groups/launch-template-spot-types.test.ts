import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { launchTemplateSpotTypes as rule } from './launch-template-spot-types.js';

const LT = '    launchTemplate:\n      id: lt-0123456789abcdef0\n      version: "3"\n';

describe(rule.id, () => {
  it('flags a Spot managed group that lists no instance types: its one type is in the launch template', () => {
    const yaml = `managedNodeGroups:\n  - name: on-demand\n${LT}  - name: spot-lt\n    spot: true\n${LT}`;
    expect(runOnYaml(rule, yaml).map((f) => [f.configPath, f.params?.['nodeGroup'], f.params?.['launchTemplate']])).toEqual([
      ['managedNodeGroups[1].launchTemplate', 'spot-lt', 'lt-0123456789abcdef0'],
    ]);
  });

  it('passes Spot groups with a launch template whose types the group lists or an instance selector picks', () => {
    const yaml =
      `managedNodeGroups:\n  - name: listed\n    spot: true\n    instanceTypes: [m5.xlarge, m5a.xlarge, m6i.xlarge]\n${LT}` +
      `  - name: selected\n    spot: true\n    instanceSelector:\n      vCPUs: 4\n      memory: "16"\n${LT}`;
    expect(runOnYaml(rule, yaml)).toEqual([]);
  });

  it('passes a launch template without an id (eksctl.mng-launch-template) and the baseline', () => {
    expect(runOnYaml(rule, 'managedNodeGroups:\n  - name: no-id\n    spot: true\n    launchTemplate:\n      id: ""\n')).toEqual(
      [],
    );
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { taints as rule } from './taints.js';

describe(rule.id, () => {
  it('flags an empty key and a value with a slash', () => {
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc()), {
      taints: [
        { key: '', value: 'x', effect: 'NoSchedule' },
        { key: 'dedicated', value: 'a/b', effect: 'NoExecute' },
        { key: 'nvidia.com/gpu', value: '', effect: 'NoSchedule' },
      ],
    });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [ng.id],
        params: {
          cluster: 'demo-1',
          path: 'managedNodeGroups[0].taints',
          nodeGroup: ng.name,
          taints: '=x:NoSchedule, dedicated=a/b:NoExecute',
        },
        configPath: 'managedNodeGroups[0].taints',
      },
    ]);
  });

  it('flags an effect eksctl does not know, as an import carries it, in list and map form', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    taints:\n      - key: dedicated\n        value: gpu\n        effect: NoScheduled\n' +
      'nodeGroups:\n  - name: b\n    taints:\n      dedicated: "gpu:Never"\n';
    expect(runOnYaml(rule, yaml).map((f) => f.params?.['taints'])).toEqual(['dedicated=gpu:NoScheduled', 'dedicated=gpu:Never']);
  });

  it('passes well-formed taints', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc()), { taints: [{ key: 'nvidia.com/gpu', value: 'true', effect: 'NoSchedule' }] });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runOnYaml(rule, 'nodeGroups:\n  - name: b\n    taints:\n      dedicated: "gpu:NoSchedule"\n')).toEqual([]);
  });
});

import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { configNodeGroups, hasInstanceSelector, obj } from './config-node-groups.js';

/**
 * What amazon-ec2-instance-selector's bytequantity.ParseToByteQuantity accepts (eksctl reads
 * instanceSelector.memory with it): a number with up to three decimals, an optional space, and an optional unit
 * m/mb/mib, g/gb/gib or t/tb/tib in any case; no unit means GiB. MiB must be whole.
 */
export function instanceSelectorMemoryValid(text: string): boolean {
  const m = /^([0-9]+\.?[0-9]{0,3}) ?(mi?b?|gi?b?|ti?b?)?$/.exec(text.toLowerCase());
  if (!m) return false;
  const [whole, decimals] = m[1]!.split('.');
  if (m[2]?.startsWith('m') && decimals !== undefined && decimals !== '' && Number(decimals) !== 0) return false;
  return whole !== undefined;
}

/**
 * eksctl expands an instanceSelector into instance types while it creates the cluster
 * (pkg/eks/nodegroup_service.go:expandInstanceSelector) and stops at a memory value it cannot read, for managed
 * and self-managed groups alike.
 */
export const instanceSelectorMemory = defineConfigRule({
  id: 'eksctl.instance-selector-memory',
  severity: 'error',
  area: 'node-groups',
  eksctl: [40],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/eks/nodegroup_service.go',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} asks its instance selector for memory "{{memory}}", which eksctl cannot read ("invalid value \\"{{memory}}\\" for instanceSelector.memory").',
      fix: 'Write {{path}} as a number with an optional unit, for example "16", "16GiB", "512MiB" or "1.5TiB" (a number alone means GiB; MiB must be whole).',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} のインスタンスセレクターのメモリ「{{memory}}」は eksctl が読み取れない値です (「invalid value \\"{{memory}}\\" for instanceSelector.memory」)。',
      fix: '{{path}} は数値と任意の単位で書いてください (例: "16"、"16GiB"、"512MiB"、"1.5TiB"。数値だけなら GiB、MiB は整数のみ)。',
    },
  },
  needs: ['managedNodeGroups[].instanceSelector', 'nodeGroups[].instanceSelector'],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      if (!hasInstanceSelector(g.ng)) return [];
      const memory = obj(g.ng['instanceSelector'])['memory'];
      if (typeof memory !== 'string' || memory === '' || instanceSelectorMemoryValid(memory)) return [];
      return [{ path: g.at('instanceSelector', 'memory'), params: { nodeGroup: g.name, memory } }];
    });
  },
});

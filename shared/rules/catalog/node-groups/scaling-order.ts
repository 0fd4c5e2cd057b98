import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { patchProps } from '../../fix-edits.js';
import type { NodeGroupPart } from '../../../model/parts.js';
import { configNodeGroups, num } from './config-node-groups.js';

/**
 * eksctl-rules.md #38 (managed, ValidateManagedNodeGroup) and #55 (self-managed, the ASG build): sizes in
 * eksctl's order with eksctl's defaults (min = desired ?? 2, max = desired ?? min), and EKS's minimum of 1
 * for a managed group's maxSize (eksctl raises a defaulted 0 to 1 itself).
 */
export const scalingOrder = defineConfigRule({
  id: 'ng.scaling-order',
  severity: 'error',
  area: 'node-groups',
  eksctl: [38, 55],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} has min {{min}}, desired {{desired}}, max {{max}}; scaling must satisfy 0 <= min <= desired <= max, with max >= 1 for a managed group ("{{eksctlMessage}}").',
      fix: 'Fix the scaling numbers of {{nodeGroup}} (for example min 2, desired 3, max 6).',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は最小 {{min}}、希望 {{desired}}、最大 {{max}} です。最小は 0 以上、希望は最小以上、最大は希望以上（マネージド型ノードグループでは最大 1 以上）である必要があります（「{{eksctlMessage}}」）。',
      fix: '{{nodeGroup}} のスケーリング設定を修正してください（例: 最小 2、希望 3、最大 6）。',
    },
  },
  needs: ['managedNodeGroups', 'nodeGroups'],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      const minSet = num(g.ng['minSize']);
      const desiredSet = num(g.ng['desiredCapacity']);
      const maxSet = num(g.ng['maxSize']);
      const min = minSet ?? desiredSet ?? 2;
      // eksctl raises a defaulted managed maxSize of 0 to 1 (DefaultMaxSize).
      const defaultMax = desiredSet ?? min;
      const max = maxSet ?? (defaultMax === 0 && g.managed ? 1 : defaultMax);
      const desired = desiredSet ?? min;
      const sizes = { min, desired, max };
      if (g.managed) {
        if (minSet !== undefined && desiredSet !== undefined && desiredSet < minSet)
          return g.finding(['minSize'], `cannot use --nodes-min=${minSet} and --nodes=${desiredSet} at the same time`, sizes);
        if (maxSet !== undefined) {
          if (desiredSet !== undefined && desiredSet > maxSet)
            return g.finding(['maxSize'], `cannot use --nodes-max=${maxSet} and --nodes=${desiredSet} at the same time`, sizes);
          if (maxSet < min)
            return g.finding(['maxSize'], `cannot use --nodes-min=${min} and --nodes-max=${maxSet} at the same time`, sizes);
          if (maxSet < 1) return g.finding(['maxSize'], 'EKS: scalingConfig.maxSize must be at least 1', sizes);
        }
        return [];
      }
      if (minSet !== undefined && desiredSet !== undefined && desiredSet < minSet)
        return g.finding(
          ['desiredCapacity'],
          `--nodes value (${desiredSet}) cannot be lower than --nodes-min value (${minSet})`,
          { min, desired, max },
        );
      if (maxSet !== undefined) {
        if (desiredSet !== undefined && desiredSet > maxSet)
          return g.finding(
            ['desiredCapacity'],
            `--nodes value (${desiredSet}) cannot be greater than --nodes-max value (${maxSet})`,
            { min, desired, max },
          );
        if (maxSet < min)
          return g.finding(['maxSize'], `--nodes-min value (${min}) cannot be greater than --nodes-max value (${maxSet})`, sizes);
      }
      return [];
    });
  },
  // Keeps the user's bounds where they make sense (swapped if reversed, max at least 1) and brings the
  // desired size inside them.
  fix(design, d) {
    const ng = design.parts.find((p): p is NodeGroupPart => p.id === d.partIds[0] && p.kind.endsWith('node-group'));
    return patchProps(design, ng, (props) => {
      const { minSize: min, desiredCapacity: desired, maxSize: max } = props;
      if (min <= desired && desired <= max && max >= 1) return props;
      const lo = Math.max(0, Math.min(min, max));
      const hi = Math.max(1, min, max);
      return { ...props, minSize: lo, maxSize: hi, desiredCapacity: Math.min(hi, Math.max(lo, desired)) };
    });
  },
});

import { defineRule } from '../../define.js';
import { patchProps } from '../../fix-edits.js';
import type { NodeGroupPart } from '../../../model/parts.js';

export const scalingOrder = defineRule({
  id: 'ng.scaling-order',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_NodegroupScalingConfig.html',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} has min {{min}}, desired {{desired}}, max {{max}}; scaling must satisfy 0 <= min <= desired <= max and max >= 1.',
      fix: 'Fix the scaling numbers of {{nodeGroup}} (for example min 2, desired 3, max 6).',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は最小 {{min}}、希望 {{desired}}、最大 {{max}} です。0 <= 最小 <= 希望 <= 最大 かつ 最大 >= 1 である必要があります。',
      fix: '{{nodeGroup}} のスケーリング設定を修正してください（例: 最小 2、希望 3、最大 6）。',
    },
  },
  check(index) {
    return index.nodeGroups().flatMap((ng) => {
      const { minSize: min, desiredCapacity: desired, maxSize: max } = ng.props;
      if (min <= desired && desired <= max && max >= 1) return [];
      return [{ partIds: [ng.id], params: { nodeGroup: ng.name, min, desired, max } }];
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

import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { typeInLaunchTemplate } from './launch-template-spot-types.js';

export const spotDiversification = defineRule({
  id: 'ng.spot-diversification',
  severity: 'warning',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html#managed-node-group-capacity-types-spot',
  text: {
    en: {
      message:
        'Spot node group {{nodeGroup}} uses the single instance type {{instanceType}}; Spot node groups should draw from several Spot capacity pools.',
      fix: 'List several instance types with the same vCPU and memory (e.g. m5.xlarge, m5a.xlarge, m6i.xlarge).',
    },
    ja: {
      message:
        'スポットのノードグループ {{nodeGroup}} はインスタンスタイプ {{instanceType}} だけを使っています。スポットのノードグループは複数のスポットキャパシティプールから調達すべきです。',
      fix: 'vCPU とメモリが同じインスタンスタイプを複数指定してください（例: m5.xlarge、m5a.xlarge、m6i.xlarge）。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per node group on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const nodeGroups = index.nodeGroups();
    for (let i = 0; i < nodeGroups.length; i++) {
      const ng = nodeGroups[i]!;
      if (ng.props.capacityType !== 'SPOT' || new Set(ng.props.instanceTypes).size !== 1) continue;
      // eksctl's instanceSelector expands to every matching type at creation; the one type the part holds is a stand-in.
      if (hasSelector(ng.props.extra)) continue;
      // A group whose type is in its launch template holds a stand-in type: ng.launch-template-spot-types says it.
      if (hasLaunchTemplate(ng.props.extra) && typeInLaunchTemplate(index, ng.parentId)?.has(ng.id)) continue;
      findings.push({ partIds: [ng.id], params: { nodeGroup: ng.name, instanceType: ng.props.instanceTypes[0]! } });
    }
    return findings;
  },
});

/** Whether a node group's eksctl fields carry a launch template. */
function hasLaunchTemplate(extra: unknown): boolean {
  return typeof extra === 'object' && extra !== null && (extra as Record<string, unknown>)['launchTemplate'] !== undefined;
}

/** Whether a node group's eksctl fields carry a non-empty instanceSelector. */
function hasSelector(extra: unknown): boolean {
  if (typeof extra !== 'object' || extra === null) return false;
  const selector = (extra as Record<string, unknown>)['instanceSelector'];
  return typeof selector === 'object' && selector !== null && Object.keys(selector).length > 0;
}

import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { defineViewFact } from '../../config-view.js';
import { arr, configNodeGroups, hasInstanceSelector, isObj, nonEmpty, type ConfigNodeGroup } from './config-node-groups.js';

/**
 * A managed group with a launch template that lists no instance types (no instanceType, instanceTypes or
 * instanceSelector): eksctl then sets no default type and requires the launch template to name exactly one
 * ("instance type must be set in the launch template if managedNodeGroup.instanceTypes is not specified",
 * eksctl pkg/cfn/builder/managed_nodegroup.go validateLaunchTemplate), so the group runs that one type.
 */
export function takesTypeFromLaunchTemplate(g: ConfigNodeGroup): boolean {
  return (
    g.managed &&
    isObj(g.ng['launchTemplate']) &&
    !nonEmpty(g.ng['instanceType']) &&
    arr(g.ng['instanceTypes']).length === 0 &&
    !hasInstanceSelector(g.ng)
  );
}

/**
 * The parts of managed groups whose instance type is in their launch template, per cluster: the design holds a
 * stand-in type for them (the model needs one), which says nothing about the nodes.
 */
export const typeInLaunchTemplate = defineViewFact((view): ReadonlySet<string> | undefined => {
  let out: Set<string> | undefined;
  const groups = configNodeGroups(view.config);
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (!takesTypeFromLaunchTemplate(g)) continue;
    out ??= new Set();
    for (const id of view.partsAt([g.list, g.index])) out.add(id);
  }
  return out;
});

/**
 * A Spot managed group whose one instance type comes from its launch template. EKS takes either one type in the
 * launch template or up to 20 in the node group's instanceTypes, and recommends several for Spot
 * (CreateNodegroup instanceTypes); a type in the launch template also rules out listing more beside it. The
 * same single-pool risk as ng.spot-diversification, hence its severity rather than the catalog's info.
 */
export const launchTemplateSpotTypes = defineConfigRule({
  id: 'ng.launch-template-spot-types',
  severity: 'warning',
  area: 'node-groups',
  source:
    'https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html#AmazonEKS-CreateNodegroup-request-instanceTypes',
  text: {
    en: {
      message:
        'Spot managed node group {{nodeGroup}} lists no instance types, so its single instance type comes from launch template {{launchTemplate}} (eksctl requires one there): all its nodes draw on the Spot capacity of that one type, and a shortage or interruption of it hits them all.',
      fix: 'Remove the instance type from launch template {{launchTemplate}} and list several instance types with the same vCPU and memory under instanceTypes of {{nodeGroup}} (e.g. m5.xlarge, m5a.xlarge, m6i.xlarge).',
    },
    ja: {
      message:
        'スポットのマネージド型ノードグループ {{nodeGroup}} にはインスタンスタイプの指定がないため、起動テンプレート {{launchTemplate}} のインスタンスタイプ 1 つだけを使います（eksctl はこのとき起動テンプレート側での指定を必須とします）。すべてのノードがそのタイプのスポットキャパシティに頼るため、その不足や中断がノード全体に及びます。',
      fix: '起動テンプレート {{launchTemplate}} からインスタンスタイプを外し、{{nodeGroup}} の instanceTypes に vCPU とメモリが同じインスタンスタイプを複数指定してください（例: m5.xlarge、m5a.xlarge、m6i.xlarge）。',
    },
  },
  needs: ['managedNodeGroups[].launchTemplate'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    const groups = configNodeGroups(config);
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (g.ng['spot'] !== true || !takesTypeFromLaunchTemplate(g)) continue;
      const id = (g.ng['launchTemplate'] as Record<string, unknown>)['id'];
      // A launch template without an id is eksctl.mng-launch-template's finding.
      if (!nonEmpty(id)) continue;
      out.push({ path: g.at('launchTemplate'), params: { nodeGroup: g.name, launchTemplate: id } });
    }
    return out;
  },
});

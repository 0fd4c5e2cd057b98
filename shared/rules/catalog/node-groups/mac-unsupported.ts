import { isMacInstanceType } from '../../../data/instance-types.js';
import type { PathSegment } from '../../../util/locate.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { configNodeGroups, isObj, type ConfigNodeGroup } from './config-node-groups.js';

/** Adds a finding for each Mac type in `types` (a list at `at` inside node group `g`). Indexed, no closure. */
function noteMacTypes(out: ConfigFinding[], g: ConfigNodeGroup, types: unknown, at: readonly PathSegment[]): void {
  if (!Array.isArray(types)) return;
  for (let j = 0; j < types.length; j++) {
    const type: unknown = types[j];
    if (typeof type === 'string' && isMacInstanceType(type))
      out.push({ path: g.at(...at, j), params: { nodeGroup: g.name, instanceType: type } });
  }
}

/**
 * EKS cannot run EC2 Mac instances as nodes: "All Amazon EKS AMIs don't currently support the mac family", and
 * Mac instances boot only macOS AMIs, on Dedicated Hosts. eksctl does not check it: its instance list
 * (pkg/utils/instance/instance_types.go, generated without bare-metal types) does not hold them, so
 * GetAMIType (v1alpha5/amitype.go) takes a Mac type for plain x86_64 and gives the group a Linux x86_64 AMI
 * (AL2023_x86_64_STANDARD by default), which a Mac cannot boot; it fails only after the control plane is up.
 * Every instance type field of managed and self-managed groups, drawn or imported.
 */
export const macUnsupported = defineConfigRule({
  id: 'ng.mac-unsupported',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/choosing-instance-type.html',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} uses {{instanceType}} ({{path}}), an EC2 Mac instance; Amazon EKS cannot run Mac instances as nodes ("All Amazon EKS AMIs don\'t currently support the mac family"), and eksctl does not check it: it gives the group a Linux x86_64 AMI, which a Mac instance cannot boot.',
      fix: 'Use another instance type for {{nodeGroup}} (for example m7i.large or m7g.large); run macOS builds on EC2 Mac instances outside the cluster.',
    },
    ja: {
      message:
        "ノードグループ {{nodeGroup}} は EC2 Mac インスタンスの {{instanceType}}（{{path}}）を使っています。Amazon EKS は Mac インスタンスをノードとして実行できません（「All Amazon EKS AMIs don't currently support the mac family」）。eksctl はこれを検査せず、Mac インスタンスが起動できない Linux の x86_64 AMI をノードグループに割り当てます。",
      fix: '{{nodeGroup}} には Mac 以外のインスタンスタイプ（例: m7i.large、m7g.large）を使ってください。macOS のビルドはクラスター外の EC2 Mac インスタンスで実行してください。',
    },
  },
  needs: ['managedNodeGroups', 'nodeGroups'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    const groups = configNodeGroups(config);
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k]!;
      const single = g.ng['instanceType'];
      if (typeof single === 'string' && isMacInstanceType(single))
        out.push({ path: g.at('instanceType'), params: { nodeGroup: g.name, instanceType: single } });
      noteMacTypes(out, g, g.ng['instanceTypes'], ['instanceTypes']);
      const distribution = g.ng['instancesDistribution'];
      if (isObj(distribution)) noteMacTypes(out, g, distribution['instanceTypes'], ['instancesDistribution', 'instanceTypes']);
    }
    return out;
  },
});

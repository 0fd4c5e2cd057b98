import { isMacInstanceType } from '../../../data/instance-types.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { configNodeGroups } from './config-node-groups.js';
import { instanceTypeFields } from './instance-type-unknown.js';

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
      const fields = instanceTypeFields(g.list, g.index, g.ng);
      for (let j = 0; j < fields.length; j++) {
        const { path, type } = fields[j]!;
        if (isMacInstanceType(type)) out.push({ path, params: { nodeGroup: g.name, instanceType: type } });
      }
    }
    return out;
  },
});

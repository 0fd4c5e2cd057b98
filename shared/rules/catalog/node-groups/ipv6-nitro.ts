import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isIpv6 } from '../../facts/config-network.js';
import { configNodeGroups } from './config-node-groups.js';
import { instanceTypeFields } from './instance-type-unknown.js';
import { isXenInstanceType } from './xen-families.js';

/**
 * EKS IPv6 clusters run only on Nitro-based EC2 instances and Fargate ("Nitro-based EC2 nodes required: You can
 * only use IPv6 with AWS Nitro-based Amazon EC2 or Fargate nodes"): the VPC CNI gives IPv6 pods addresses from
 * a /80 prefix on the node's interface, which Xen-based instances cannot take. eksctl and EKS accept such a
 * group; its nodes come up without pod networking. Every instance type field counts: a Spot or mixed group
 * lands on any of them. Groups a selector or launch template picks types for are not known offline.
 */
export const ipv6Nitro = defineConfigRule({
  id: 'ng.ipv6-nitro',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/cni-ipv6.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} uses IPv6, but node group {{nodeGroup}} has instance type {{instanceType}}, which is not built on the Nitro System: EKS supports IPv6 only on Nitro-based instances ("You can only use IPv6 with AWS Nitro-based Amazon EC2 or Fargate nodes"), so its pods get no IPv6 addresses.',
      fix: 'Give {{nodeGroup}} a current Nitro-based type instead of {{instanceType}} (for example m6i, c6i, r6i, m7g or t3), or run it in an IPv4 cluster.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は IPv6 を使いますが、ノードグループ {{nodeGroup}} のインスタンスタイプ {{instanceType}} は Nitro System 上に構築されていません。EKS は IPv6 を Nitro ベースのインスタンスでのみサポートする（「You can only use IPv6 with AWS Nitro-based Amazon EC2 or Fargate nodes」）ため、その Pod には IPv6 アドレスが割り当てられません。',
      fix: '{{nodeGroup}} には {{instanceType}} の代わりに現行の Nitro ベースのタイプ（例: m6i、c6i、r6i、m7g、t3）を指定するか、IPv4 のクラスターで動かしてください。',
    },
  },
  needs: ['kubernetesNetworkConfig.ipFamily'],
  checkConfig({ config }) {
    if (!isIpv6(config)) return [];
    const out: ConfigFinding[] = [];
    const groups = configNodeGroups(config);
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      const fields = instanceTypeFields(group.list, group.index, group.ng);
      for (let f = 0; f < fields.length; f++) {
        const field = fields[f]!;
        if (!isXenInstanceType(field.type)) continue;
        out.push({ path: field.path, params: { nodeGroup: group.name, instanceType: field.type } });
        break; // one finding per group: the fix is the same for each Xen type in it
      }
    }
    return out;
  },
});

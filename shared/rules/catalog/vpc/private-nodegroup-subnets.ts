import { defineRule } from '../../define.js';
import { controlPlaneOnOutposts } from '../../facts/outposts.js';

export const privateNodegroupSubnets = defineRule({
  id: 'eksctl.private-nodegroup-subnets',
  severity: 'error',
  area: 'vpc',
  eksctl: [18],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/vpc.go',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} uses private networking, but cluster {{cluster}} has too few private subnets ({{count}}); eksctl needs at least two ("none or too few private subnets").',
      fix: 'Add private subnets in at least two Availability Zones to the VPC of {{cluster}}, or turn off private networking for {{nodeGroup}}.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} はプライベートネットワーキングを使いますが、クラスター {{cluster}} のプライベートサブネットは {{count}} 個です。eksctl では 2 個以上必要です。',
      fix: '{{cluster}} の VPC に 2 つ以上のアベイラビリティーゾーンのプライベートサブネットを追加するか、{{nodeGroup}} のプライベートネットワーキングを無効にしてください。',
    },
  },
  check(index) {
    return index.ofKind('cluster').flatMap((cluster) => {
      const count = index.clusterSubnets(cluster).filter((s) => s.access === 'private').length;
      // On Outposts one private subnet is enough (eksctl OutpostsMinRequiredSubnets).
      if (count >= (controlPlaneOnOutposts(index, cluster.id) === true ? 1 : 2)) return [];
      return index
        .children(cluster)
        .filter((c) => (c.kind === 'managed-node-group' || c.kind === 'self-managed-node-group') && c.props.privateNetworking)
        .map((ng) => ({ partIds: [ng.id, cluster.id], params: { nodeGroup: ng.name, cluster: cluster.name, count } }));
    });
  },
});

import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { lbTargets } from './lb-support.js';

export const ipTargetNeedsVpcCni = defineRule({
  id: 'lb.ip-target-needs-vpc-cni',
  severity: 'error',
  area: 'load-balancing',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/network-load-balancing.html',
  text: {
    en: {
      message:
        'Load balancer {{loadBalancer}} uses IP targets for workload {{workload}} on EC2 nodes of cluster {{cluster}}, which runs without the Amazon VPC CNI; with another CNI pod IPs are not routable in the VPC.',
      fix: 'Turn on the Amazon VPC CNI add-on of {{cluster}}, or set the target type of {{loadBalancer}} to instance.',
    },
    ja: {
      message:
        'ロードバランサー {{loadBalancer}} はクラスター {{cluster}} の EC2 ノード上のワークロード {{workload}} に IP ターゲットを使っていますが、このクラスターは Amazon VPC CNI なしで動いています。別の CNI では Pod の IP が VPC 内でルーティングできません。',
      fix: '{{cluster}} で Amazon VPC CNI アドオンを有効にするか、{{loadBalancer}} のターゲットタイプを instance にしてください。',
    },
  },
  check(index) {
    return lbTargets(index, 'ip').flatMap(({ lb, workload: w, placement }): Finding[] => {
      const cluster = placement.on === 'node-group' ? index.clusterOf(placement.nodeGroup) : undefined;
      return cluster && !cluster.props.addons.vpcCni
        ? [{ partIds: [lb.id, w.id, cluster.id], params: { loadBalancer: lb.name, workload: w.name, cluster: cluster.name } }]
        : [];
    });
  },
});

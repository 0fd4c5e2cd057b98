import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { hybridNodeCount } from '../../facts/compute.js';
import { lbTargets } from './lb-support.js';

export const hybridIpTarget = defineRule({
  id: 'lb.hybrid-ip-target',
  severity: 'error',
  area: 'load-balancing',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/network-load-balancing.html',
  text: {
    en: {
      message:
        'Load balancer {{loadBalancer}} uses instance targets for workload {{workload}}, which is not pinned to a node group or Fargate profile and can run on the hybrid nodes of cluster {{cluster}}; pods on EKS Hybrid Nodes can only be load balanced as IP targets.',
      fix: 'Set the target type of {{loadBalancer}} to ip and make the remote pod CIDR routable from the VPC.',
    },
    ja: {
      message:
        'ロードバランサー {{loadBalancer}} はワークロード {{workload}} にインスタンスターゲットを使っています。このワークロードはノードグループや Fargate プロファイルに固定されておらず、クラスター {{cluster}} のハイブリッドノードで実行されることがあります。EKS Hybrid Nodes の Pod は IP ターゲットでしか負荷分散できません。',
      fix: '{{loadBalancer}} のターゲットタイプを ip にし、リモート Pod の CIDR を VPC からルーティング可能にしてください。',
    },
  },
  check(index) {
    return lbTargets(index, 'instance').flatMap(({ lb, workload: w, placement }): Finding[] =>
      placement.on === 'cluster' && hybridNodeCount(index, placement.cluster) > 0
        ? [{ partIds: [lb.id, w.id], params: { loadBalancer: lb.name, workload: w.name, cluster: placement.cluster.name } }]
        : [],
    );
  },
});

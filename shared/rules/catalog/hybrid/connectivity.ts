import { defineRule } from '../../define.js';

export const connectivity = defineRule({
  id: 'hybrid.connectivity',
  severity: 'error',
  area: 'hybrid',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-networking.html',
  text: {
    en: {
      message:
        'On-premises network {{network}} runs {{nodes}} hybrid nodes but is not connected to a VPC with an EKS cluster; hybrid nodes need private connectivity to the cluster VPC.',
      fix: 'Connect {{network}} to the VPC of the cluster (Site-to-Site VPN or Direct Connect through a virtual private gateway or transit gateway; AWS recommends at least 100 Mbps and at most 200 ms round trip).',
    },
    ja: {
      message:
        'オンプレミスネットワーク {{network}} では {{nodes}} 台のハイブリッドノードが動きますが、EKS クラスターのある VPC に接続されていません。ハイブリッドノードにはクラスターの VPC へのプライベート接続が必要です。',
      fix: '{{network}} をクラスターの VPC に接続してください（仮想プライベートゲートウェイまたはトランジットゲートウェイ経由の Site-to-Site VPN か Direct Connect。AWS は 100 Mbps 以上、往復 200 ms 以下を推奨しています）。',
    },
  },
  check(index) {
    return index.ofKind('on-prem-network').flatMap((network) => {
      if (network.props.hybridNodeCount === 0) return [];
      const reachesCluster = index.targetsOf(network, 'vpc').some((vpc) => index.childrenOfKind(vpc, 'cluster').length > 0);
      if (reachesCluster) return [];
      return [{ partIds: [network.id], params: { network: network.name, nodes: network.props.hybridNodeCount } }];
    });
  },
});

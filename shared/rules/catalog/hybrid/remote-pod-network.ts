import { defineRule } from '../../define.js';
import { hasCloudCompute, hybridClusters, hybridNodeCount } from './hybrid-networks.js';

export const remotePodNetwork = defineRule({
  id: 'hybrid.remote-pod-network',
  severity: 'warning',
  area: 'hybrid',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-networking.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} runs only on hybrid nodes, so webhooks and metrics of {{addons}} run there too, but {{network}} has no remote pod network: the control plane cannot reach those pods.',
      fix: 'Add the on-premises pod CIDRs as remote pod networks of {{network}} and make them routable (BGP with Cilium or Calico), or run the add-ons on cloud nodes.',
    },
    ja: {
      message:
        'クラスター {{cluster}} はハイブリッドノードだけで動くため {{addons}} の Webhook やメトリクスもそこで動きますが、{{network}} にリモート Pod ネットワークがありません。コントロールプレーンがそれらの Pod に到達できません。',
      fix: 'オンプレミスの Pod CIDR を {{network}} のリモート Pod ネットワークに追加してルーティング可能にする（Cilium または Calico の BGP）か、アドオンをクラウドのノードで動かしてください。',
    },
  },
  check(index) {
    return hybridClusters(index).flatMap(({ cluster, networks }) => {
      if (hybridNodeCount(networks) === 0 || hasCloudCompute(index, cluster)) return [];
      if (networks.some((n) => n.props.remotePodCidrs.length > 0)) return [];
      const { addons } = cluster.props;
      // Add-ons the API server must call into: admission webhooks and the metrics API service.
      const reached = [
        ...(addons.metricsServer ? ['metrics-server'] : []),
        ...(addons.awsLoadBalancerController ? ['aws-load-balancer-controller'] : []),
      ];
      if (reached.length === 0) return [];
      return [
        {
          partIds: [...networks.map((n) => n.id), cluster.id],
          params: { cluster: cluster.name, network: networks.map((n) => n.name).join(', '), addons: reached.join(', ') },
        },
      ];
    });
  },
});

import { defineRule } from '../../define.js';
import { hybridClusters } from './hybrid-networks.js';

/** Remote node and remote pod CIDRs per cluster (not adjustable). */
export const REMOTE_CIDRS_PER_CLUSTER = 15;

export const cidrQuota = defineRule({
  id: 'hybrid.cidr-quota',
  severity: 'error',
  area: 'hybrid',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/service-quotas.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} gets {{nodeCidrs}} remote node CIDRs and {{podCidrs}} remote pod CIDRs; EKS allows at most {{quota}} of each per cluster (not adjustable).',
      fix: 'Summarize the on-premises ranges into at most {{quota}} CIDR blocks each.',
    },
    ja: {
      message:
        'クラスター {{cluster}} のリモートノード CIDR は {{nodeCidrs}} 個、リモート Pod CIDR は {{podCidrs}} 個です。EKS ではクラスターごとにそれぞれ最大 {{quota}} 個です（引き上げ不可）。',
      fix: 'オンプレミスの範囲をそれぞれ {{quota}} 個以下の CIDR ブロックにまとめてください。',
    },
  },
  check(index) {
    return hybridClusters(index).flatMap(({ cluster, networks }) => {
      const nodeCidrs = networks.reduce((n, net) => n + net.props.remoteNodeCidrs.length, 0);
      const podCidrs = networks.reduce((n, net) => n + net.props.remotePodCidrs.length, 0);
      if (nodeCidrs <= REMOTE_CIDRS_PER_CLUSTER && podCidrs <= REMOTE_CIDRS_PER_CLUSTER) return [];
      return [
        {
          partIds: [...networks.map((n) => n.id), cluster.id],
          params: { cluster: cluster.name, nodeCidrs, podCidrs, quota: REMOTE_CIDRS_PER_CLUSTER },
        },
      ];
    });
  },
});

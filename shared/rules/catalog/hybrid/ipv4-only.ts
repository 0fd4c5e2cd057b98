import { defineRule } from '../../define.js';
import { hybridClusterFindings } from './hybrid-networks.js';

export const ipv4Only = defineRule({
  id: 'hybrid.ipv4-only',
  severity: 'error',
  area: 'hybrid',
  eksctl: [80],
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-cluster-create.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is IPv6, but on-premises network {{network}} is connected to its VPC: hybrid nodes require an IPv4 cluster.',
      fix: 'Make cluster {{cluster}} IPv4, or move the hybrid nodes to an IPv4 cluster.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は IPv6 ですが、その VPC にオンプレミスネットワーク {{network}} が接続されています。ハイブリッドノードには IPv4 クラスターが必要です。',
      fix: 'クラスター {{cluster}} を IPv4 にするか、ハイブリッドノードを IPv4 クラスターに移してください。',
    },
  },
  check(index) {
    return hybridClusterFindings(index, ({ cluster }) => cluster.props.ipFamily === 'IPv6');
  },
});

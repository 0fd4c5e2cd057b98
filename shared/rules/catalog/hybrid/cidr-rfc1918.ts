import { defineRule } from '../../define.js';
import { isRfc1918, parseCidr } from '../../../util/cidr.js';

export const cidrRfc1918 = defineRule({
  id: 'hybrid.cidr-rfc1918',
  severity: 'error',
  area: 'hybrid',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-networking.html',
  text: {
    en: {
      message:
        'On-premises network {{network}} uses {{cidrs}}, but remote node and pod networks for EKS Hybrid Nodes must be IPv4 RFC 1918 ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16).',
      fix: 'Use RFC 1918 address space for the nodes and pods of {{network}}.',
    },
    ja: {
      message:
        'オンプレミスネットワーク {{network}} は {{cidrs}} を使っていますが、EKS ハイブリッドノードのリモートノード/Pod ネットワークは IPv4 の RFC 1918 の範囲（10.0.0.0/8、172.16.0.0/12、192.168.0.0/16）である必要があります。',
      fix: '{{network}} のノードと Pod に RFC 1918 のアドレス空間を使ってください。',
    },
  },
  check(index) {
    return index.ofKind('on-prem-network').flatMap((network) => {
      const outside = [...network.props.remoteNodeCidrs, ...network.props.remotePodCidrs].filter((t) => {
        const c = parseCidr(t);
        return c !== undefined && !isRfc1918(c);
      });
      return outside.length === 0
        ? []
        : [{ partIds: [network.id], params: { network: network.name, cidrs: outside.join(', ') } }];
    });
  },
});

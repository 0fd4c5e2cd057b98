import { defineRule } from '../../define.js';

export const cni = defineRule({
  id: 'hybrid.cni',
  severity: 'error',
  area: 'hybrid',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-cni.html',
  text: {
    en: {
      message:
        'On-premises network {{network}} runs {{nodes}} hybrid nodes without a CNI: the VPC CNI runs only on EC2, and hybrid nodes stay NotReady until Cilium or Calico runs on them.',
      fix: 'Choose Cilium or Calico as the CNI of {{network}} (keep the VPC CNI on cloud nodes, with node affinity keeping each off the other).',
    },
    ja: {
      message:
        'オンプレミスネットワーク {{network}} の {{nodes}} 台のハイブリッドノードに CNI がありません。VPC CNI は EC2 上でしか動かず、Cilium か Calico が動くまでハイブリッドノードは NotReady のままです。',
      fix: '{{network}} の CNI に Cilium か Calico を選んでください（クラウドのノードは VPC CNI のままにし、ノードアフィニティで互いのノードに載らないようにします）。',
    },
  },
  check(index) {
    return index
      .ofKind('on-prem-network')
      .filter((n) => n.props.cni === 'none' && n.props.hybridNodeCount > 0)
      .map((n) => ({ partIds: [n.id], params: { network: n.name, nodes: n.props.hybridNodeCount } }));
  },
});

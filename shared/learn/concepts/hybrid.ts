/** EKS Hybrid Nodes: on-premises servers as nodes of a cluster whose control plane stays in AWS. */
import type { ConceptInput } from '../schema.js';

export const hybrid: ConceptInput = {
  id: 'hybrid',
  title: { en: 'Hybrid cloud: EKS Hybrid Nodes', ja: 'ハイブリッドクラウド: EKS Hybrid Nodes' },
  summary: {
    en: 'Your own servers join an EKS cluster as nodes; AWS still runs the control plane in the Region, reached over VPN or Direct Connect.',
    ja: '自社のサーバーをノードとして EKS クラスターに参加させます。コントロールプレーンは引き続き AWS がリージョンで運用し、VPN または Direct Connect 経由で接続します。',
  },
  points: {
    en: [
      'The on-premises network needs private connectivity to the VPC (Site-to-Site VPN or Direct Connect) and routable node and Pod CIDR ranges that do not overlap the VPC.',
      'The Amazon VPC CNI does not run on hybrid nodes: use Cilium or Calico. Nodes get their AWS credentials from SSM hybrid activations or IAM Roles Anywhere.',
      'Hybrid nodes are billed per vCPU-hour of the servers attached, on top of the control plane; the servers, their power and the network are yours.',
    ],
    ja: [
      'オンプレミスネットワークには VPC へのプライベート接続（Site-to-Site VPN または Direct Connect）と、VPC と重ならないルーティング可能なノード CIDR と Pod CIDR が必要です。',
      'Amazon VPC CNI はハイブリッドノードでは動かないため、Cilium か Calico を使います。ノードの AWS 認証情報は SSM のハイブリッドアクティベーションか IAM Roles Anywhere から得ます。',
      'ハイブリッドノードは、コントロールプレーンに加えて、接続したサーバーの vCPU 時間で課金されます。サーバー、電源、ネットワークは利用者のものです。',
    ],
  },
  examTip: {
    en: 'One Kubernetes control plane for on-premises and cloud capacity: EKS Hybrid Nodes (EKS Anywhere runs the control plane on-premises instead).',
    ja: 'オンプレミスとクラウドのキャパシティを 1 つの Kubernetes コントロールプレーンで扱うなら EKS Hybrid Nodes（EKS Anywhere はコントロールプレーン自体をオンプレミスで動かします）。',
  },
  notes: ['6. よくあるアーキテクチャ・設計パターン'],
  docs: [
    {
      title: { en: 'Amazon EKS Hybrid Nodes overview', ja: 'Amazon EKS Hybrid Nodes の概要' },
      en: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-overview.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/hybrid-nodes-overview.html',
    },
  ],
  related: ['networking', 'control-plane', 'pricing'],
};

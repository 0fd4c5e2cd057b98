/** Why the hybrid-cloud template is built as it is, with questions drawn from it. */
import type { PatternInput } from '../schema.js';

export const hybridCloud: PatternInput = {
  id: 'hybrid-cloud',
  title: { en: 'Why this pattern: hybrid cloud', ja: 'この設計パターンを選ぶ理由: ハイブリッドクラウド環境' },
  whenToChoose: {
    en: [
      'Work that must stay on-premises (near factory machines, data that cannot leave the site) but should be run with the same Kubernetes tools as the cloud.',
      'One EKS control plane, managed by AWS, for both on-premises servers and cloud nodes.',
      'A site already connected to the VPC by VPN or Direct Connect.',
    ],
    ja: [
      'オンプレミスに置く必要がある処理（工場の機械の近く、拠点から出せないデータ）を、クラウドと同じ Kubernetes のツールで運用したいとき。',
      'AWS が管理する 1 つの EKS コントロールプレーンで、オンプレミスのサーバーとクラウドのノードの両方を扱いたいとき。',
      'すでに VPN または Direct Connect で VPC と接続している拠点。',
    ],
  },
  tradeOffs: {
    en: [
      'The on-premises link is now part of the cluster: if the VPN goes down, hybrid nodes lose the control plane.',
      'You run the servers, their OS and the CNI (Cilium) yourself; the Amazon VPC CNI does not run there.',
      'EKS bills the hybrid nodes per vCPU-hour on top of the servers you already own.',
    ],
    ja: [
      'オンプレミスとの接続がクラスターの一部になります。VPN が切れると、ハイブリッドノードはコントロールプレーンに届かなくなります。',
      'サーバー、OS、CNI（Cilium）は利用者が運用します。Amazon VPC CNI はそこでは動きません。',
      'EKS は、すでに所有しているサーバーに加えて、ハイブリッドノードの vCPU 時間で課金します。',
    ],
  },
  notes: ['6. よくあるアーキテクチャ・設計パターン', '2.2 フルマネージドコントロールプレーン', '5. 料金形態'],
  concepts: ['hybrid', 'networking', 'control-plane', 'pricing'],
  questions: [
    {
      id: 'cilium',
      question: {
        en: 'Why does factory-dc use Cilium as its CNI?',
        ja: 'factory-dc が CNI に Cilium を使うのはなぜですか。',
      },
      choices: [
        { en: 'Cilium is required by the EKS control plane.', ja: 'EKS のコントロールプレーンが Cilium を必要とするから。' },
        {
          en: 'The Amazon VPC CNI does not run on hybrid nodes (their Pods get addresses from the on-premises Pod CIDR), so a CNI such as Cilium or Calico is needed.',
          ja: 'Amazon VPC CNI はハイブリッドノードでは動かない（Pod はオンプレミスの Pod CIDR からアドレスを得る）ため、Cilium や Calico のような CNI が必要だから。',
        },
        { en: 'Cilium makes the VPN free.', ja: 'Cilium を使うと VPN が無料になるから。' },
        { en: 'Only Cilium supports Deployments.', ja: 'Deployment に対応しているのは Cilium だけだから。' },
      ],
      answer: 1,
      explanation: {
        en: 'The VPC CNI hands out VPC addresses from ENIs, which on-premises servers do not have. Hybrid nodes use Cilium or Calico with the remote Pod CIDR, which must be routable from the VPC and must not overlap it.',
        ja: 'VPC CNI は ENI から VPC のアドレスを割り当てますが、オンプレミスのサーバーには ENI がありません。ハイブリッドノードでは、リモート Pod CIDR を使う Cilium か Calico を使います。この CIDR は VPC からルーティングでき、VPC と重ならない必要があります。',
      },
      about: [
        { partId: 'on-prem', prop: 'cni' },
        { partId: 'on-prem', prop: 'remotePodCidrs' },
      ],
    },
    {
      id: 'private-endpoint',
      question: {
        en: "The cluster's API endpoint is private only. What does that mean for an administrator running kubectl?",
        ja: 'クラスターの API エンドポイントはプライベートだけです。kubectl を使う管理者にとって何を意味しますか。',
      },
      choices: [
        {
          en: 'kubectl works from anywhere on the internet with IAM credentials.',
          ja: 'IAM の認証情報があればインターネットのどこからでも kubectl を使える。',
        },
        {
          en: 'kubectl must run from the VPC or a network connected to it (such as the factory network over VPN); the API is not reachable from the internet.',
          ja: 'kubectl は VPC 内か、VPC に接続したネットワーク（VPN 経由の工場のネットワークなど）から実行する必要がある。API にインターネットからは到達できない。',
        },
        { en: 'The control plane moves on-premises.', ja: 'コントロールプレーンがオンプレミスに移る。' },
        { en: 'Nodes can no longer join the cluster.', ja: 'ノードがクラスターに参加できなくなる。' },
      ],
      answer: 1,
      explanation: {
        en: 'With public access off, the endpoint resolves to private addresses in the VPC only. Hybrid nodes and administrators reach it over the VPN; AWS still runs the control plane in the Region.',
        ja: 'パブリックアクセスを無効にすると、エンドポイントは VPC 内のプライベートアドレスにだけ解決されます。ハイブリッドノードも管理者も VPN 経由で到達し、コントロールプレーンは引き続き AWS がリージョンで運用します。',
      },
      about: [{ partId: 'cluster', prop: 'endpointAccess' }],
    },
    {
      id: 'hybrid-billing',
      question: {
        en: 'factory-dc attaches 4 servers with 8 vCPUs each as hybrid nodes. How does EKS bill for them?',
        ja: 'factory-dc は 8 vCPU のサーバー 4 台をハイブリッドノードとして接続します。EKS はこれらにどう課金しますか。',
      },
      choices: [
        { en: 'As four EC2 m6i.2xlarge instances.', ja: 'EC2 の m6i.2xlarge インスタンス 4 台として。' },
        { en: 'Not at all: on-premises servers are free.', ja: '課金しない。オンプレミスのサーバーは無料。' },
        {
          en: "Per vCPU-hour of the attached nodes (32 vCPUs here), on top of the cluster's control plane fee.",
          ja: '接続したノードの vCPU 時間（ここでは 32 vCPU）で、クラスターのコントロールプレーン料金に加えて。',
        },
        { en: 'Per Pod, like Fargate.', ja: 'Fargate と同じく Pod ごとに。' },
      ],
      answer: 2,
      explanation: {
        en: 'EKS Hybrid Nodes are billed per vCPU-hour of each attached node, in tiers that get cheaper with volume; the control plane fee is charged as for any cluster. The servers, power and VPN are your own costs.',
        ja: 'EKS Hybrid Nodes は、接続した各ノードの vCPU 時間で、量に応じて安くなる段階料金で課金されます。コントロールプレーンの料金は他のクラスターと同じくかかります。サーバー、電源、VPN は利用者自身のコストです。',
      },
      about: [
        { partId: 'on-prem', prop: 'hybridNodeCount' },
        { partId: 'on-prem', prop: 'vcpuPerNode' },
      ],
    },
  ],
};

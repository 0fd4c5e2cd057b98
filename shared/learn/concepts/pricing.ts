/** The items an EKS design is billed for, as the study notes list them, and the cost panel estimates. */
import type { ConceptInput } from '../schema.js';

export const pricing: ConceptInput = {
  id: 'pricing',
  title: { en: 'Pricing: what an EKS design is billed for', ja: '料金: EKS の設計で何に課金されるか' },
  summary: {
    en: 'Four items: the control plane, the worker nodes (EC2 or Fargate), the load balancers and data transfer; the cost panel estimates each one for this design.',
    ja: '課金対象は 4 つ: コントロールプレーン、ワーカーノード（EC2 または Fargate）、ロードバランサー、データ転送です。コストパネルはこの設計でそれぞれを見積もります。',
  },
  points: {
    en: [
      'Control plane: USD 0.10 per cluster-hour (about USD 73 a month) in standard support, USD 0.60 in extended support.',
      'Worker nodes: EC2 instances by the second while they run (plus EBS), whether full or not; Fargate by the vCPU and GB the Pods request, by the second; Spot instances cost much less but can be taken back.',
      'Load balancers: per hour plus capacity units (LCU for ALB, NLCU for NLB).',
      'Data transfer: out to the internet, between Availability Zones, and through NAT gateways (which also cost per hour). Cloud Map, ECR storage, API Gateway requests and CloudWatch Logs add smaller lines.',
      'To cut cost: right-size requests and instance types, use Spot for interruptible work, let Karpenter consolidate nodes, share one ALB across Services, and weigh fewer NAT gateways against availability.',
    ],
    ja: [
      'コントロールプレーン: 標準サポート中は 1 クラスター 1 時間あたり 0.10 USD（月に約 73 USD）、延長サポート中は 0.60 USD。',
      'ワーカーノード: EC2 は、埋まっているかどうかに関係なく起動中の秒単位で課金（EBS も別途）。Fargate は Pod が要求した vCPU と GB に対して秒単位で課金。スポットインスタンスはずっと安価ですが、中断されることがあります。',
      'ロードバランサー: 時間あたりの料金とキャパシティユニット（ALB は LCU、NLB は NLCU）の料金。',
      'データ転送: インターネットへの送信、アベイラビリティーゾーン間、NAT ゲートウェイ経由（NAT ゲートウェイは時間あたりの料金もかかります）。Cloud Map、ECR のストレージ、API Gateway のリクエスト、CloudWatch Logs も小さな項目として加わります。',
      'コストを下げるには: リソース要求とインスタンスタイプを適正化し、中断できる処理にはスポットを使い、Karpenter でノードを集約し、1 つの ALB を複数の Service で共有し、NAT ゲートウェイを減らすかどうかは可用性と比べて決めます。',
    ],
  },
  examTip: {
    en: '"How is EKS priced?" Control plane fee + worker nodes (EC2 or Fargate) + load balancers + data transfer.',
    ja: '「EKS の料金はどう計算されるか」: コントロールプレーン利用料 + ワーカーノード（EC2 または Fargate）+ ロードバランサー + データ転送量。',
  },
  notes: ['5. 料金形態', '8.7 料金体系'],
  docs: [
    {
      title: { en: 'Amazon EKS pricing', ja: 'Amazon EKS の料金' },
      en: 'https://aws.amazon.com/eks/pricing/',
      ja: 'https://aws.amazon.com/jp/eks/pricing/',
    },
    {
      title: { en: 'AWS Fargate pricing', ja: 'AWS Fargate の料金' },
      en: 'https://aws.amazon.com/fargate/pricing/',
      ja: 'https://aws.amazon.com/jp/fargate/pricing/',
    },
    {
      title: { en: 'Amazon VPC pricing (NAT gateways)', ja: 'Amazon VPC の料金（NAT ゲートウェイ）' },
      en: 'https://aws.amazon.com/vpc/pricing/',
      ja: 'https://aws.amazon.com/jp/vpc/pricing/',
    },
  ],
  related: ['ec2-vs-fargate', 'load-balancing', 'networking'],
};

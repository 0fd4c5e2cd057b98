/** Who manages what: the EKS control plane (AWS) and everything else (you). */
import type { ConceptInput } from '../schema.js';

export const controlPlane: ConceptInput = {
  id: 'control-plane',
  title: { en: 'The control plane: who manages what', ja: 'コントロールプレーン: 誰が何を管理するか' },
  summary: {
    en: 'AWS runs the Kubernetes control plane for you; you run (or choose) the worker nodes and everything deployed on them.',
    ja: 'Kubernetes のコントロールプレーンは AWS がフルマネージドで運用し、ワーカーノードとその上にデプロイするものは利用者が管理（または選択）します。',
  },
  points: {
    en: [
      'AWS manages: the API server, etcd, the scheduler and the controller manager, spread over several Availability Zones, patched, scaled and backed up by AWS. You never see those machines.',
      'You manage: the worker nodes (EC2 node groups; with Fargate AWS runs the compute but you still choose which Pods go there), the add-ons and their versions, when the Kubernetes version is upgraded, your workloads, and who may use the cluster (IAM access entries, RBAC).',
      'The API endpoint can be public, private, or both; restricting public access to a few CIDR ranges, or making it private only, is your choice.',
      'The control plane costs USD 0.10 per cluster-hour in standard support and USD 0.60 once the Kubernetes version is in extended support, whatever the cluster runs.',
    ],
    ja: [
      'AWS が管理するもの: API サーバー、etcd、スケジューラー、コントローラーマネージャー。複数のアベイラビリティーゾーンに分散して配置され、パッチ適用、スケーリング、バックアップも AWS が行います。これらのマシンは利用者からは見えません。',
      '利用者が管理するもの: ワーカーノード（EC2 のノードグループ。Fargate ではコンピューティングを AWS が運用しますが、どの Pod を載せるかは利用者が決めます）、アドオンとそのバージョン、Kubernetes バージョンのアップグレード時期、ワークロード、クラスターを使える人（IAM のアクセスエントリ、RBAC）。',
      'API エンドポイントはパブリック、プライベート、その両方を選べます。パブリックアクセスを特定の CIDR に絞るか、プライベートだけにするかは利用者の判断です。',
      'コントロールプレーンの料金は、標準サポート中は 1 クラスター 1 時間あたり 0.10 USD、Kubernetes バージョンが延長サポートに入ると 0.60 USD で、クラスター上で何を動かしていても変わりません。',
    ],
  },
  examTip: {
    en: 'Expect "what does AWS manage in EKS?": the control plane (fully managed). Worker nodes are yours unless you choose Fargate.',
    ja: '「EKS で AWS が管理するのは何か」がよく問われます。答えはコントロールプレーン（フルマネージド）。Fargate を選ばない限り、ワーカーノードは利用者の管理です。',
  },
  notes: ['2.2 フルマネージドコントロールプレーン', '8.2 フルマネージドコントロールプレーン'],
  docs: [
    {
      title: { en: 'What is Amazon EKS?', ja: 'Amazon EKS とは' },
      en: 'https://docs.aws.amazon.com/eks/latest/userguide/what-is-eks.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/what-is-eks.html',
    },
    {
      title: { en: 'Cluster API server endpoint', ja: 'クラスター API サーバーエンドポイント' },
      en: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/cluster-endpoint.html',
    },
    {
      title: { en: 'Amazon EKS pricing', ja: 'Amazon EKS の料金' },
      en: 'https://aws.amazon.com/eks/pricing/',
      ja: 'https://aws.amazon.com/jp/eks/pricing/',
    },
  ],
  related: ['ec2-vs-fargate', 'add-ons', 'pricing'],
};

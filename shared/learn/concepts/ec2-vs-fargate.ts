/** EC2 node groups and Fargate: what each is billed for and what each cannot run. */
import type { ConceptInput } from '../schema.js';

export const ec2VsFargate: ConceptInput = {
  id: 'ec2-vs-fargate',
  title: { en: 'Worker nodes: EC2 or Fargate', ja: 'ワーカーノード: EC2 か Fargate か' },
  summary: {
    en: 'EC2 node groups give you servers you size and pay for by the instance; Fargate runs each Pod on its own right-sized compute and bills what the Pod requests.',
    ja: 'EC2 のノードグループは利用者がサイズを選んだサーバーをインスタンス単位で支払い、Fargate は Pod ごとに専用の適切なサイズのコンピューティングで実行し、Pod が要求した分を課金します。',
  },
  points: {
    en: [
      'Managed node group: EC2 instances in an Auto Scaling group that EKS creates and updates for you (new AMIs, draining nodes gracefully). You pick instance types and On-Demand or Spot. Self-managed node group: the same instances, but the Auto Scaling group, AMI and updates are all yours.',
      'EC2 is billed per instance for as long as it runs (plus its EBS volumes), whether or not Pods fill it. Fargate is billed for the vCPU and memory (GB) the Pod requests, per second, from when the image starts downloading until the Pod stops; Fargate rounds the request up to the next supported size and adds 256 MB for its own components.',
      'Fargate cannot run: DaemonSets, privileged containers, Pods that need GPUs, hostNetwork or hostPort, or EBS volumes (EFS works). Its Pods run only in private subnets, load balancers reach them only as IP targets, and EKS Pod Identity is not available there (use IRSA).',
      'A Fargate profile chooses which Pods go to Fargate by namespace (and optionally labels); Pods that match no profile are scheduled on EC2 nodes.',
      'Choose EC2 for GPUs, DaemonSets (log and monitoring agents), Spot savings and dense packing; choose Fargate for small or spiky workloads where you want no nodes to patch.',
    ],
    ja: [
      'マネージド型ノードグループ: EKS が作成・更新する Auto Scaling グループ内の EC2 インスタンスです（新しい AMI への更新、ノードの安全なドレインも EKS が行います）。インスタンスタイプとオンデマンド / スポットは利用者が選びます。セルフマネージド型ノードグループは同じ EC2 ですが、Auto Scaling グループ、AMI、更新のすべてが利用者の管理です。',
      'EC2 は、Pod で埋まっているかどうかに関係なく、起動している間インスタンス単位で課金されます（EBS ボリュームも別途）。Fargate は Pod が要求した vCPU とメモリ（GB）に対して、イメージのダウンロード開始から Pod の終了まで秒単位で課金されます。要求は対応するサイズに切り上げられ、Fargate 自身のコンポーネント用に 256 MB が加算されます。',
      'Fargate で実行できないもの: DaemonSet、特権コンテナ、GPU を使う Pod、hostNetwork や hostPort、EBS ボリューム（EFS は使えます）。Pod はプライベートサブネットでのみ動き、ロードバランサーからは IP ターゲットとしてのみ到達でき、EKS Pod Identity は使えません（IRSA を使います）。',
      'Fargate プロファイルは、どの Pod を Fargate で動かすかを名前空間（と必要ならラベル）で選びます。どのプロファイルにも一致しない Pod は EC2 のノードにスケジュールされます。',
      'GPU、DaemonSet（ログや監視のエージェント）、スポットによる節約、高密度な配置が必要なら EC2、パッチを当てるノードを持ちたくない小さなワークロードや負荷の波が大きいワークロードなら Fargate を選びます。',
    ],
  },
  examTip: {
    en: 'Typical question: "a workload needs a DaemonSet / GPU / privileged container, which compute?" Answer: EC2 nodes, not Fargate.',
    ja: '典型的な問題:「DaemonSet / GPU / 特権コンテナが必要なワークロードはどのコンピューティングで動かすか」。答えは Fargate ではなく EC2 のノードです。',
  },
  notes: ['2.3 柔軟なワーカーノード構成', '8.3 柔軟なワーカーノード構成'],
  docs: [
    {
      title: {
        en: 'Simplify compute management with AWS Fargate',
        ja: 'AWS Fargate を使用してコンピューティング管理を簡素化する',
      },
      en: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/fargate.html',
    },
    {
      title: { en: 'Fargate Pod configuration details', ja: 'Fargate Pod 設定の詳細' },
      en: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate-pod-configuration.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/fargate-pod-configuration.html',
    },
    {
      title: { en: 'Managed node groups', ja: 'マネージド型ノードグループ' },
      en: 'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/managed-node-groups.html',
    },
    {
      title: { en: 'AWS Fargate pricing', ja: 'AWS Fargate の料金' },
      en: 'https://aws.amazon.com/fargate/pricing/',
      ja: 'https://aws.amazon.com/jp/fargate/pricing/',
    },
  ],
  related: ['autoscaling', 'pod-iam', 'pricing'],
};

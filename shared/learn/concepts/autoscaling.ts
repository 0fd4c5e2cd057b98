/** HPA scales Pods; Cluster Autoscaler and Karpenter scale nodes, in different ways. */
import type { ConceptInput } from '../schema.js';

export const autoscaling: ConceptInput = {
  id: 'autoscaling',
  title: {
    en: 'Automatic scaling: HPA, Cluster Autoscaler, Karpenter',
    ja: '自動スケーリング: HPA、Cluster Autoscaler、Karpenter',
  },
  summary: {
    en: 'HPA changes how many Pods run; Cluster Autoscaler and Karpenter change how many nodes there are for them to run on.',
    ja: 'HPA は動かす Pod の数を変え、Cluster Autoscaler と Karpenter はその Pod を載せるノードの数を変えます。',
  },
  points: {
    en: [
      "Horizontal Pod Autoscaler (HPA): a Kubernetes controller that raises or lowers the replicas of a Deployment or StatefulSet from a metric, usually CPU use against the Pods' CPU requests. It needs the Metrics Server and it adds Pods, not servers.",
      "Cluster Autoscaler: when Pods stay Pending because no node has room, it raises the desired size of a node group's Auto Scaling group; it removes nodes that stay underused. It works within each group's minimum and maximum, and expects the instance types in a group to be the same size.",
      'Karpenter: looks at Pending Pods and launches EC2 instances directly, choosing from many instance types (and Spot or On-Demand) allowed by a NodePool, without node groups. It also consolidates: it replaces or removes nodes when the Pods fit on fewer or cheaper ones.',
      'On Fargate there are no nodes to scale: each new Pod gets its own capacity, so HPA alone is enough.',
      'Scaling lowers cost only if requests are right: HPA and the node autoscalers all decide from the CPU and memory the Pods request.',
    ],
    ja: [
      'Horizontal Pod Autoscaler（HPA）: Deployment や StatefulSet のレプリカ数を、メトリクス（通常は Pod の CPU 要求に対する CPU 使用率）に応じて増減する Kubernetes のコントローラーです。Metrics Server が必要で、増やすのは Pod でありサーバーではありません。',
      'Cluster Autoscaler: 空きのあるノードがなく Pod が Pending のままになると、ノードグループの Auto Scaling グループの希望サイズを上げます。使われていないノードは削除します。各グループの最小・最大の範囲内で動き、グループ内のインスタンスタイプが同じサイズであることを前提とします。',
      'Karpenter: Pending の Pod を見て、NodePool が許す多くのインスタンスタイプ（スポットかオンデマンドか）から選んで EC2 インスタンスを直接起動します。ノードグループは使いません。Pod がより少ない、またはより安いノードに収まるときは、ノードを置き換えたり削除したりして集約します。',
      'Fargate ではスケーリングするノードがありません。新しい Pod ごとに専用のキャパシティが用意されるため、HPA だけで足ります。',
      'スケーリングでコストが下がるのはリソース要求が適切なときだけです。HPA もノードのオートスケーラーも、Pod が要求する CPU とメモリをもとに判断します。',
    ],
  },
  examTip: {
    en: 'Pods Pending for lack of nodes: a node autoscaler (Cluster Autoscaler or Karpenter). Too few Pods for the load: HPA.',
    ja: 'ノード不足で Pod が Pending なら、ノードのオートスケーラー（Cluster Autoscaler または Karpenter）。負荷に対して Pod が足りないなら HPA。',
  },
  notes: ['2.5 自動スケーリング', '8.5 自動スケーリング'],
  docs: [
    {
      title: {
        en: 'Scale Pod deployments with Horizontal Pod Autoscaler',
        ja: 'Horizontal Pod Autoscaler による Pod のスケーリング',
      },
      en: 'https://docs.aws.amazon.com/eks/latest/userguide/horizontal-pod-autoscaler.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/horizontal-pod-autoscaler.html',
    },
    {
      title: {
        en: 'Scale cluster compute (Karpenter and Cluster Autoscaler)',
        ja: 'クラスターのコンピューティングのスケーリング（Karpenter と Cluster Autoscaler）',
      },
      en: 'https://docs.aws.amazon.com/eks/latest/userguide/autoscaling.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/autoscaling.html',
    },
    { title: { en: 'Karpenter documentation', ja: 'Karpenter のドキュメント（英語）' }, en: 'https://karpenter.sh/docs/' },
  ],
  related: ['ec2-vs-fargate', 'workloads', 'pricing'],
};

/** How the parts of an EKS design fit together: registry, cluster, manifests, deployment. */
import type { ConceptInput } from '../schema.js';

export const architecture: ConceptInput = {
  id: 'architecture',
  title: { en: 'How an EKS design fits together', ja: 'EKS の設計の組み立て方' },
  summary: {
    en: 'Images go to a registry; a cluster with worker nodes runs in a VPC; manifests say what to deploy and kubectl applies them.',
    ja: 'イメージはレジストリへ、ワーカーノードを持つクラスターは VPC の中へ。何をデプロイするかはマニフェストファイルに書き、kubectl で適用します。',
  },
  points: {
    en: [
      'The usual flow: push images to Amazon ECR, create the cluster and its worker nodes, write manifest files (Deployments, Services, load balancers), apply them with kubectl, then add automatic scaling.',
      'In this app each part sits inside the part that contains it (VPC, subnet, cluster, node group or Fargate profile, workload), so what the canvas shows is what the exported cluster.yaml and manifests describe.',
      'A workload names the image it runs; when that image comes from a repository in the design, the two should agree.',
    ],
    ja: [
      '一般的な流れ: イメージを Amazon ECR にプッシュし、クラスターとワーカーノードを作り、マニフェストファイル（Deployment、Service、ロードバランサー）を書き、kubectl で適用し、最後に自動スケーリングを設定します。',
      'このアプリでは各パーツを、それを含むパーツ（VPC、サブネット、クラスター、ノードグループまたは Fargate プロファイル、ワークロード）の中に置きます。キャンバスに描いたものが、エクスポートする cluster.yaml とマニフェストの内容になります。',
      'ワークロードは実行するイメージを指定します。そのイメージが設計内のリポジトリのものなら、両者は一致している必要があります。',
    ],
  },
  examTip: {
    en: 'Know the order: registry, cluster and nodes, manifest, kubectl apply, scaling.',
    ja: '順序を押さえましょう: レジストリ、クラスターとノード、マニフェスト、kubectl で適用、スケーリング。',
  },
  notes: ['3. アーキテクチャおよび技術要素'],
  docs: [
    {
      title: { en: 'Get started with Amazon EKS', ja: 'Amazon EKS の開始方法' },
      en: 'https://docs.aws.amazon.com/eks/latest/userguide/getting-started.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/getting-started.html',
    },
  ],
  related: ['container-registry', 'workloads', 'networking'],
};

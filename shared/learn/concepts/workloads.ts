/** Pods and the Kubernetes objects that run them. */
import type { ConceptInput } from '../schema.js';

export const workloads: ConceptInput = {
  id: 'workloads',
  title: { en: 'Workloads: Pods, Deployments and Jobs', ja: 'ワークロード: Pod、Deployment、Job' },
  summary: {
    en: 'A workload is a Kubernetes object that keeps Pods running: long-lived (Deployment, StatefulSet, DaemonSet) or run-to-completion (Job, CronJob).',
    ja: 'ワークロードは Pod を動かし続ける Kubernetes のオブジェクトです。常駐するもの（Deployment、StatefulSet、DaemonSet）と、完了まで実行するもの（Job、CronJob）があります。',
  },
  points: {
    en: [
      'EKS runs upstream Kubernetes, so the same manifest files and tools (kubectl, Helm) work as anywhere else.',
      'Deployment: interchangeable replicas, the usual choice for web and API services. StatefulSet: stable names and volumes. DaemonSet: one Pod on every node (not possible on Fargate). Job and CronJob: batch work that ends.',
      'CPU and memory requests decide where a Pod fits (and on Fargate, what you pay); HPA measures use against them.',
      'A Service gives Pods one stable name and address (ClusterIP inside the cluster); a LoadBalancer Service or an Ingress exposes it through an NLB or ALB.',
    ],
    ja: [
      'EKS はアップストリームの Kubernetes を動かすため、同じマニフェストファイルとツール（kubectl、Helm）がそのまま使えます。',
      'Deployment: 入れ替え可能なレプリカで、Web や API のサービスで普通に使います。StatefulSet: 安定した名前とボリュームを持ちます。DaemonSet: すべてのノードに 1 つずつ Pod を置きます（Fargate では不可）。Job と CronJob: 終了するバッチ処理です。',
      'CPU とメモリの要求が、Pod がどこに収まるか（Fargate では料金）を決めます。HPA はこの要求に対する使用率を測ります。',
      'Service は Pod に安定した 1 つの名前とアドレスを与えます（クラスター内では ClusterIP）。LoadBalancer タイプの Service や Ingress を使うと、NLB や ALB 経由で公開できます。',
    ],
  },
  examTip: {
    en: 'Know which object fits: per-node agent = DaemonSet, scheduled batch = CronJob, stateless service = Deployment.',
    ja: 'どのオブジェクトが合うかを押さえましょう。ノードごとのエージェントは DaemonSet、定期バッチは CronJob、ステートレスなサービスは Deployment です。',
  },
  notes: ['2.1 Kubernetes ベースのコンテナオーケストレーション', '3. アーキテクチャおよび技術要素'],
  docs: [
    {
      title: { en: 'Learn how to deploy workloads and add-ons', ja: 'ワークロードとアドオンのデプロイ方法' },
      en: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-workloads.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/eks-workloads.html',
    },
    {
      title: { en: 'Kubernetes: Workloads', ja: 'Kubernetes: ワークロード（英語）' },
      en: 'https://kubernetes.io/docs/concepts/workloads/',
    },
  ],
  related: ['autoscaling', 'service-discovery', 'ec2-vs-fargate'],
};

/** Why the batch-processing template is built as it is, with questions drawn from it. */
import type { PatternInput } from '../schema.js';

export const batchProcessing: PatternInput = {
  id: 'batch-processing',
  title: { en: 'Why this pattern: batch processing', ja: 'この設計パターンを選ぶ理由: バッチ処理' },
  whenToChoose: {
    en: [
      'Jobs and CronJobs that run for a while and then end, and can be retried when interrupted.',
      'Work that comes in bursts: the batch node group scales from zero, so it costs nothing between runs.',
      'Cost matters more than an exact finish time: Spot capacity runs the work at a large discount.',
    ],
    ja: [
      'しばらく実行して終了し、中断されても再実行できる Job と CronJob。',
      'まとまって来る処理: バッチ用ノードグループはゼロからスケーリングするため、実行の合間は料金がかかりません。',
      '正確な終了時刻よりコストが重要なとき: スポットキャパシティで大幅に安く実行できます。',
    ],
  },
  tradeOffs: {
    en: [
      'Spot instances can be reclaimed with a two-minute warning: Jobs must checkpoint or be safe to retry.',
      'Starting from zero nodes adds minutes before the first Pod runs.',
      'A small On-Demand system node group still runs all the time for CoreDNS and the autoscaler.',
    ],
    ja: [
      'スポットインスタンスは 2 分前の通知で回収されることがあります。Job はチェックポイントを取るか、再実行しても安全である必要があります。',
      'ノードがゼロの状態から始めると、最初の Pod が動くまで数分かかります。',
      'CoreDNS やオートスケーラーのために、小さなオンデマンドのシステム用ノードグループは常に動いています。',
    ],
  },
  notes: ['6. よくあるアーキテクチャ・設計パターン', '2.5 自動スケーリング', '8.7 料金体系'],
  concepts: ['autoscaling', 'ec2-vs-fargate', 'workloads', 'pricing'],
  questions: [
    {
      id: 'spot-trade',
      question: {
        en: 'ng-batch-spot uses Spot capacity. What do you gain, and what must the Jobs put up with?',
        ja: 'ng-batch-spot はスポットキャパシティを使います。何を得て、Job は何を受け入れる必要がありますか。',
      },
      choices: [
        {
          en: 'A large discount on the EC2 price; instances can be reclaimed with a two-minute warning, so Jobs must be safe to retry.',
          ja: 'EC2 料金の大幅な割引。インスタンスは 2 分前の通知で回収されることがあるため、Job は再実行しても安全である必要がある。',
        },
        { en: 'Faster instances; nothing to put up with.', ja: 'より高速なインスタンス。受け入れることはない。' },
        { en: 'A fixed price for a year; the Jobs must run every day.', ja: '1 年間の固定料金。Job は毎日実行する必要がある。' },
        {
          en: 'Free control plane; Jobs must run on Fargate.',
          ja: 'コントロールプレーンが無料になる。Job は Fargate で動かす必要がある。',
        },
      ],
      answer: 0,
      explanation: {
        en: 'Spot sells spare EC2 capacity at a large discount off On-Demand, but EC2 can take it back with a two-minute interruption notice. Jobs that retry (backoffLimit) or checkpoint lose little. A one-year fixed price is a Savings Plan or Reserved Instance, and the control plane fee is the same whatever the nodes are.',
        ja: 'スポットは余剰の EC2 キャパシティをオンデマンドから大幅に割り引いて提供しますが、EC2 は 2 分前の中断通知で回収できます。再実行（backoffLimit）やチェックポイントのある Job なら失うものはわずかです。1 年の固定料金は Savings Plans やリザーブドインスタンスで、コントロールプレーンの料金はノードの種類に関係なく同じです。',
      },
      about: [{ partId: 'ng-batch-spot', prop: 'capacityType' }],
    },
    {
      id: 'same-size-types',
      question: {
        en: 'Why does ng-batch-spot list three instance types of the same size (m5.large, m6i.large, m7i.large)?',
        ja: 'ng-batch-spot に同じサイズのインスタンスタイプを 3 つ（m5.large、m6i.large、m7i.large）並べているのはなぜですか。',
      },
      choices: [
        {
          en: 'EKS needs at least three instance types in every node group.',
          ja: 'EKS はすべてのノードグループに 3 つ以上のインスタンスタイプを必要とするから。',
        },
        {
          en: 'More Spot capacity pools make interruptions and shortages less likely, and Cluster Autoscaler expects the types in one group to have the same vCPU and memory.',
          ja: 'スポットのキャパシティプールが増えて中断や不足が起きにくくなり、Cluster Autoscaler は 1 つのグループ内のタイプが同じ vCPU とメモリであることを前提とするから。',
        },
        { en: 'So each Job runs on all three types at once.', ja: '各 Job が 3 つのタイプで同時に動くように。' },
        { en: 'To get one node in each Availability Zone.', ja: 'アベイラビリティーゾーンごとに 1 台のノードを置くため。' },
      ],
      answer: 1,
      explanation: {
        en: 'Each instance type in each zone is its own Spot pool; diversifying spreads the risk of one pool running dry. Cluster Autoscaler plans with one node shape per group, so mixing sizes would make it mis-estimate; same-size types keep its arithmetic right. Zones come from the subnets, not the types.',
        ja: 'ゾーンごと、インスタンスタイプごとにスポットのプールは別です。タイプを分散すると 1 つのプールが枯渇するリスクが分散されます。Cluster Autoscaler はグループごとに 1 つのノードの形で計画するため、サイズが混ざると見積もりを誤ります。同じサイズなら計算が正しく保たれます。ゾーンはタイプではなくサブネットで決まります。',
      },
      about: [
        { partId: 'ng-batch-spot', prop: 'instanceTypes' },
        { partId: 'cluster', prop: 'addons.nodeAutoscaler' },
      ],
    },
    {
      id: 'scale-from-zero',
      question: {
        en: 'ng-batch-spot has a minimum of 0. When no Job is running, what does the design still pay for?',
        ja: 'ng-batch-spot の最小は 0 です。Job が動いていないとき、この設計で引き続き料金がかかるのは何ですか。',
      },
      choices: [
        { en: 'Nothing at all.', ja: '何もかからない。' },
        { en: 'The Spot node group at its maximum size.', ja: '最大サイズのスポットノードグループ。' },
        {
          en: 'The control plane, the On-Demand ng-system nodes and the NAT gateways; the batch group has no instances until Cluster Autoscaler sees Pending Pods.',
          ja: 'コントロールプレーン、オンデマンドの ng-system のノード、NAT ゲートウェイ。バッチ用グループは Cluster Autoscaler が Pending の Pod を見つけるまでインスタンスを持たない。',
        },
        { en: 'Only the ECR repository.', ja: 'ECR リポジトリだけ。' },
      ],
      answer: 2,
      explanation: {
        en: "Scaling from zero removes the batch nodes between runs, but the cluster fee (USD 0.10 an hour), the system node group that runs CoreDNS and Cluster Autoscaler, and each NAT gateway's hourly charge continue. ECR storage is a small extra line too.",
        ja: 'ゼロからのスケーリングで実行の合間のバッチ用ノードはなくなりますが、クラスターの料金（1 時間 0.10 USD）、CoreDNS と Cluster Autoscaler を動かすシステム用ノードグループ、NAT ゲートウェイごとの時間料金はかかり続けます。ECR のストレージも小さな項目として加わります。',
      },
      about: [{ partId: 'ng-batch-spot', prop: 'minSize' }, { partId: 'ng-system' }, { partId: 'vpc', prop: 'natGateway' }],
    },
  ],
};

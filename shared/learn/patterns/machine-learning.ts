/** Why the machine-learning template is built as it is, with questions drawn from it. */
import type { PatternInput } from '../schema.js';

export const machineLearning: PatternInput = {
  id: 'machine-learning',
  title: { en: 'Why this pattern: machine learning', ja: 'この設計パターンを選ぶ理由: 機械学習ワークロード' },
  whenToChoose: {
    en: [
      'Model inference or training that needs GPUs, packaged as container images in ECR.',
      'GPU nodes that should run only GPU work: a taint keeps other Pods off them.',
      'System Pods (CoreDNS, controllers) on cheaper CPU nodes beside the GPU group.',
    ],
    ja: [
      'GPU が必要なモデルの推論や学習を、ECR のコンテナイメージとして動かすとき。',
      'GPU ノードでは GPU の処理だけを動かしたいとき: テイントで他の Pod を寄せ付けません。',
      'システム用の Pod（CoreDNS、コントローラー）は GPU グループの横の安価な CPU ノードで動かします。',
    ],
  },
  tradeOffs: {
    en: [
      'GPU instances cost many times a general-purpose instance: one g5.xlarge runs about ten times an m6i.large.',
      'GPU nodes need the NVIDIA-capable AMI and the NVIDIA device plugin; Fargate is not an option.',
      'Keeping one GPU node always on (minimum 1) buys fast inference start-up at a steady cost.',
    ],
    ja: [
      'GPU インスタンスは汎用インスタンスの何倍もの料金です。g5.xlarge 1 台で m6i.large の約 10 倍です。',
      'GPU ノードには NVIDIA 対応の AMI と NVIDIA デバイスプラグインが必要で、Fargate は選べません。',
      'GPU ノードを常に 1 台動かしておく（最小 1）と、推論をすぐ始められる代わりに一定のコストがかかります。',
    ],
  },
  notes: ['6. よくあるアーキテクチャ・設計パターン', '2.3 柔軟なワーカーノード構成', '8.7 料金体系'],
  concepts: ['ec2-vs-fargate', 'autoscaling', 'pricing'],
  questions: [
    {
      id: 'gpu-taint',
      question: {
        en: 'Why does ng-gpu carry the taint nvidia.com/gpu?',
        ja: 'ng-gpu に nvidia.com/gpu というテイントを付けているのはなぜですか。',
      },
      choices: [
        {
          en: 'The NVIDIA driver only loads on tainted nodes.',
          ja: 'NVIDIA ドライバーはテイントの付いたノードでしか読み込まれないから。',
        },
        {
          en: 'So only Pods that tolerate it (the GPU workloads) are scheduled there, and ordinary Pods do not take up the expensive GPU nodes.',
          ja: 'テイントを許容する Pod（GPU のワークロード）だけがそこにスケジュールされ、通常の Pod が高価な GPU ノードを占有しないようにするため。',
        },
        { en: 'To make the nodes Spot instances.', ja: 'ノードをスポットインスタンスにするため。' },
        { en: 'To hide the nodes from the control plane.', ja: 'ノードをコントロールプレーンから隠すため。' },
      ],
      answer: 1,
      explanation: {
        en: 'A NoSchedule taint repels every Pod without a matching toleration. The inference and training Pods tolerate it and request nvidia.com/gpu; everything else lands on ng-system, so GPU hours are spent on GPU work.',
        ja: 'NoSchedule のテイントは、一致するトレレーションを持たないすべての Pod を遠ざけます。推論と学習の Pod はこれを許容して nvidia.com/gpu を要求し、それ以外は ng-system に載るため、GPU の時間は GPU の処理だけに使われます。',
      },
      about: [{ partId: 'ng-gpu', prop: 'taints' }],
    },
    {
      id: 'gpu-fargate',
      question: {
        en: 'Could the inference Deployment run on a Fargate profile to avoid managing GPU nodes?',
        ja: '推論の Deployment を Fargate プロファイルで動かして、GPU ノードの管理をなくせますか。',
      },
      choices: [
        {
          en: "Yes: Fargate picks a GPU size from the Pod's request.",
          ja: 'できる。Fargate が Pod の要求から GPU のサイズを選ぶ。',
        },
        { en: 'Yes, if the Pod runs privileged.', ja: 'Pod を特権モードで動かせばできる。' },
        {
          en: 'No: Fargate offers no GPUs; GPU Pods need EC2 GPU nodes (a node group or Karpenter).',
          ja: 'できない。Fargate には GPU がなく、GPU の Pod には EC2 の GPU ノード（ノードグループまたは Karpenter）が必要。',
        },
        { en: 'Only in us-east-1.', ja: 'us-east-1 でだけできる。' },
      ],
      answer: 2,
      explanation: {
        en: 'Fargate sizes are combinations of vCPU and memory only; GPUs are not available on Fargate, and privileged containers are not allowed either. GPU work runs on EC2 GPU instances with the NVIDIA-capable AMI.',
        ja: 'Fargate のサイズは vCPU とメモリの組み合わせだけで、Fargate では GPU を使えず、特権コンテナも使えません。GPU の処理は NVIDIA 対応の AMI を使う EC2 の GPU インスタンスで動かします。',
      },
      about: [
        { partId: 'wl-inference', prop: 'gpus' },
        { partId: 'ng-gpu', prop: 'instanceTypes' },
      ],
    },
    {
      id: 'training-cost',
      question: {
        en: 'The fine-tune Job runs a few hours a week on ng-gpu (On-Demand). Which change cuts its cost most while leaving inference as it is?',
        ja: 'fine-tune の Job は週に数時間 ng-gpu（オンデマンド）で動きます。推論をそのままにして、その費用を最も下げる変更はどれですか。',
      },
      choices: [
        {
          en: 'Run training on its own GPU node group with Spot capacity and a minimum of 0, checkpointing so an interruption only costs the time since the last checkpoint.',
          ja: '学習を、スポットキャパシティで最小 0 の専用 GPU ノードグループで動かし、チェックポイントを取って、中断されても失うのは直前のチェックポイント以降だけにする。',
        },
        { en: "Raise ng-gpu's minimum to 8 so training never waits.", ja: '学習が待たないように ng-gpu の最小を 8 にする。' },
        { en: "Move training to ng-system's m6i.xlarge nodes.", ja: '学習を ng-system の m6i.xlarge ノードに移す。' },
        { en: 'Switch the cluster to extended support.', ja: 'クラスターを延長サポートにする。' },
      ],
      answer: 0,
      explanation: {
        en: "Spot GPU capacity is much cheaper than On-Demand and a group that scales from zero costs nothing between runs; training tolerates interruption when it checkpoints. A bigger minimum adds always-on GPU cost; CPU nodes have no GPU for the Job's request; extended support raises the control plane fee to USD 0.60 an hour.",
        ja: 'スポットの GPU キャパシティはオンデマンドよりずっと安く、ゼロからスケーリングするグループは実行の合間に料金がかかりません。学習はチェックポイントを取れば中断に耐えられます。最小を増やすと常時の GPU コストが増え、CPU ノードには Job が要求する GPU がなく、延長サポートはコントロールプレーンの料金を 1 時間 0.60 USD に上げます。',
      },
      about: [
        { partId: 'wl-training', prop: 'workloadKind' },
        { partId: 'ng-gpu', prop: 'capacityType' },
      ],
    },
  ],
};

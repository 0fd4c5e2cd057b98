/** Why the api-backend template is built as it is, with questions drawn from it. */
import type { PatternInput } from '../schema.js';

export const apiBackend: PatternInput = {
  id: 'api-backend',
  title: { en: 'Why this pattern: API backend', ja: 'この設計パターンを選ぶ理由: API バックエンド' },
  whenToChoose: {
    en: [
      'An API for web or mobile clients that needs authorization, throttling and stages without building them into the services.',
      'Services that should have no internet-facing entry of their own: API Gateway reaches them through a VPC link.',
      'Steady API traffic on EC2 nodes, where EKS Pod Identity gives the services their AWS permissions.',
    ],
    ja: [
      'Web やモバイルのクライアント向けの API で、認可、スロットリング、ステージをサービスに作り込まずに実現したいとき。',
      'サービス自体にはインターネット向けの入口を持たせたくないとき: API Gateway が VPC リンク経由で届きます。',
      'EC2 ノード上の安定した API トラフィックで、EKS Pod Identity がサービスに AWS の権限を与えるとき。',
    ],
  },
  tradeOffs: {
    en: [
      'Two layers bill per use: API Gateway per million requests and the NLB per capacity unit.',
      'The NLB works at layer 4: path routing and request auth happen in API Gateway, not in the load balancer.',
      'One more hop (API Gateway, VPC link, NLB) adds a little latency.',
    ],
    ja: [
      '使った分だけ課金される層が 2 つあります。API Gateway はリクエスト 100 万件単位、NLB はキャパシティユニット単位です。',
      'NLB はレイヤー 4 で動くため、パスによるルーティングやリクエストの認可はロードバランサーではなく API Gateway で行います。',
      'API Gateway、VPC リンク、NLB とホップが 1 つ増え、わずかに遅延が加わります。',
    ],
  },
  notes: ['6. よくあるアーキテクチャ・設計パターン', '2.4 ロードバランシング', '4. セキュリティと認証・認可'],
  concepts: ['api-gateway', 'load-balancing', 'pod-iam'],
  questions: [
    {
      id: 'internal-nlb',
      question: {
        en: 'Why is api-nlb internal rather than internet-facing?',
        ja: 'api-nlb がインターネット向けではなく内部（internal）なのはなぜですか。',
      },
      choices: [
        {
          en: 'API Gateway reaches it privately through the VPC link, so the API is the only public entry and the services are not exposed directly.',
          ja: 'API Gateway が VPC リンク経由でプライベートに到達するため、公開の入口は API だけになり、サービスは直接さらされない。',
        },
        { en: 'Internal NLBs are free.', ja: '内部 NLB は無料だから。' },
        { en: 'Internet-facing NLBs cannot use ip targets.', ja: 'インターネット向け NLB は ip ターゲットを使えないから。' },
        {
          en: 'API Gateway can only call load balancers in public subnets.',
          ja: 'API Gateway はパブリックサブネットのロードバランサーしか呼べないから。',
        },
      ],
      answer: 0,
      explanation: {
        en: "A private integration sends requests through a VPC link to an internal load balancer in private subnets, so clients must pass API Gateway's authorization and throttling. An internal NLB is billed like any NLB, and both schemes support ip targets.",
        ja: 'プライベート統合はリクエストを VPC リンク経由でプライベートサブネットの内部ロードバランサーに送るため、クライアントは必ず API Gateway の認可とスロットリングを通ります。内部 NLB も通常の NLB と同じく課金され、どちらのスキームでも ip ターゲットを使えます。',
      },
      about: [
        { partId: 'nlb', prop: 'scheme' },
        { partId: 'api-gateway', prop: 'apiType' },
      ],
    },
    {
      id: 'per-request-cost',
      question: {
        en: "Traffic to orders-http-api doubles. Which of this design's charges grow with the number of API calls?",
        ja: 'orders-http-api へのトラフィックが 2 倍になりました。この設計の料金のうち、API の呼び出し回数に応じて増えるのはどれですか。',
      },
      choices: [
        { en: 'The EKS control plane fee.', ja: 'EKS のコントロールプレーンの料金。' },
        {
          en: "API Gateway requests (per million) and the NLB's capacity units; node hours grow only if HPA and the autoscaler add Pods and nodes.",
          ja: 'API Gateway のリクエスト（100 万件単位）と NLB のキャパシティユニット。ノードの時間は、HPA とオートスケーラーが Pod とノードを追加した場合にだけ増える。',
        },
        { en: "The ECR repositories' storage.", ja: 'ECR リポジトリのストレージ。' },
        { en: 'None: everything is billed per hour.', ja: 'どれも増えない。すべて時間単位で課金されるから。' },
      ],
      answer: 1,
      explanation: {
        en: 'API Gateway bills each request and the NLB bills capacity units that follow connections and bytes. The control plane is a flat hourly fee, ECR storage depends on image size, and node cost follows the nodes the autoscalers run.',
        ja: 'API Gateway はリクエストごとに、NLB は接続とバイト数に応じたキャパシティユニットで課金します。コントロールプレーンは一定の時間料金で、ECR のストレージはイメージのサイズ次第、ノードの料金はオートスケーラーが動かすノード次第です。',
      },
      about: [
        { partId: 'api-gateway', prop: 'assumedRequestsMillions' },
        { partId: 'nlb', prop: 'assumedCapacityUnits' },
      ],
    },
    {
      id: 'worker-permissions',
      question: {
        en: 'orders-worker must read from an SQS queue. How should it get that permission in this design?',
        ja: 'orders-worker は SQS キューから読み取る必要があります。この設計ではどのように権限を与えるべきですか。',
      },
      choices: [
        {
          en: 'Add the SQS policy to the node IAM role of ng-api.',
          ja: 'ng-api のノード IAM ロールに SQS のポリシーを追加する。',
        },
        { en: 'Put an access key in a Kubernetes Secret.', ja: 'アクセスキーを Kubernetes の Secret に入れる。' },
        {
          en: 'A Pod Identity association for its service account to a role with the SQS permission; the Pod Identity Agent add-on is already on the nodes.',
          ja: 'そのサービスアカウントに対して、SQS の権限を持つロールとの Pod Identity の関連付けを作る。EKS Pod Identity エージェントのアドオンはすでにノードにある。',
        },
        { en: 'Give the NLB an IAM role.', ja: 'NLB に IAM ロールを与える。' },
      ],
      answer: 2,
      explanation: {
        en: 'The node role is shared by every Pod on the node, and long-lived keys in Secrets must be rotated by hand. EKS Pod Identity gives just this service account its own role with temporary credentials; it works here because the Pods run on EC2 nodes with the agent installed (on Fargate IRSA would be needed).',
        ja: 'ノードのロールはノード上のすべての Pod で共有され、Secret に入れた長期のキーは手作業でローテーションする必要があります。EKS Pod Identity はこのサービスアカウントだけに専用のロールと一時的な認証情報を与えます。ここでは Pod がエージェントの入った EC2 ノードで動くため使えます（Fargate なら IRSA が必要です）。',
      },
      about: [{ partId: 'cluster', prop: 'addons.podIdentityAgent' }, { partId: 'wl-worker' }],
    },
  ],
};

/** Why the microservices template is built as it is, with questions drawn from it. */
import type { PatternInput } from '../schema.js';

export const microservices: PatternInput = {
  id: 'microservices',
  title: { en: 'Why this pattern: microservices', ja: 'この設計パターンを選ぶ理由: マイクロサービスアーキテクチャ' },
  whenToChoose: {
    en: [
      'Several services deployed and scaled on their own, each with its own image in ECR.',
      'One public entry (an ALB with path routing) in front of many services, and services that must find each other, also from outside the cluster (Cloud Map).',
      'Load that varies per service: HPA per Deployment, and Karpenter to add whatever nodes the Pending Pods need.',
    ],
    ja: [
      '複数のサービスをそれぞれ独立してデプロイ・スケーリングし、サービスごとに ECR のイメージを持つとき。',
      '多くのサービスの前に 1 つの公開入口（パスでルーティングする ALB）を置き、サービス同士がクラスターの外からも互いを見つける必要があるとき（Cloud Map）。',
      'サービスごとに負荷が違うとき: Deployment ごとの HPA と、Pending の Pod に必要なノードを追加する Karpenter。',
    ],
  },
  tradeOffs: {
    en: [
      'More moving parts: ExternalDNS, the AWS Load Balancer Controller and Karpenter are add-ons you install, upgrade and give IAM roles.',
      'Two node groups (frontend, backend) keep tiers apart but leave more spare capacity than one shared pool.',
      'Cloud Map adds a small monthly charge per registered instance and a Route 53 private hosted zone.',
    ],
    ja: [
      '構成要素が増えます。ExternalDNS、AWS Load Balancer Controller、Karpenter は、利用者がインストール・アップグレードし IAM ロールを与えるアドオンです。',
      'ノードグループを 2 つ（frontend、backend）に分けると層は分離できますが、1 つの共有プールより余剰キャパシティが増えます。',
      'Cloud Map は登録したインスタンスごとの小さな月額料金と、Route 53 のプライベートホストゾーンの料金を加えます。',
    ],
  },
  notes: ['6. よくあるアーキテクチャ・設計パターン', '2.6 サービスディスカバリー', '2.5 自動スケーリング'],
  concepts: ['service-discovery', 'autoscaling', 'load-balancing', 'add-ons'],
  questions: [
    {
      id: 'pending-pods',
      question: {
        en: 'At peak, HPA raises catalog to 15 replicas and some Pods stay Pending because no node has room. What in this design adds capacity?',
        ja: 'ピーク時に HPA が catalog を 15 レプリカに増やし、空きのあるノードがないため一部の Pod が Pending のままです。この設計で何がキャパシティを追加しますか。',
      },
      choices: [
        { en: 'HPA itself: it adds nodes when it adds Pods.', ja: 'HPA 自身。Pod を増やすときにノードも増やす。' },
        {
          en: "Karpenter (the cluster's node autoscaler): it sees the Pending Pods and launches EC2 instances that fit them.",
          ja: 'Karpenter（クラスターのノードのオートスケーラー）。Pending の Pod を見て、それが収まる EC2 インスタンスを起動する。',
        },
        { en: 'shop-alb: it spreads the Pods over more nodes.', ja: 'shop-alb。Pod をより多くのノードに分散する。' },
        {
          en: 'The EKS control plane: AWS adds worker nodes automatically.',
          ja: 'EKS のコントロールプレーン。AWS がワーカーノードを自動で追加する。',
        },
      ],
      answer: 1,
      explanation: {
        en: 'HPA scales Pods only. Nodes are added by a node autoscaler, here Karpenter, which picks instance types for the Pending Pods without going through node groups. AWS manages the control plane, not your node count; a load balancer only sends traffic to Pods that already run.',
        ja: 'HPA がスケーリングするのは Pod だけです。ノードを追加するのはノードのオートスケーラーで、この設計では Karpenter がノードグループを介さずに Pending の Pod に合うインスタンスタイプを選びます。AWS が管理するのはコントロールプレーンで、ノード数ではありません。ロードバランサーはすでに動いている Pod に通信を送るだけです。',
      },
      about: [
        { partId: 'cluster', prop: 'addons.nodeAutoscaler' },
        { partId: 'wl-catalog', prop: 'hpa' },
      ],
    },
    {
      id: 'alb-ip-targets',
      question: {
        en: 'shop-alb uses target type ip. What does that change compared with instance, and when is it required?',
        ja: 'shop-alb はターゲットタイプ ip を使っています。instance と比べて何が変わり、どんなときに必須ですか。',
      },
      choices: [
        {
          en: 'The ALB sends traffic straight to Pod IP addresses instead of to a NodePort on every node; it is required for Pods on Fargate.',
          ja: 'ALB はすべてのノードの NodePort ではなく Pod の IP アドレスに直接送る。Fargate 上の Pod には必須。',
        },
        { en: 'The ALB gets a static IP address; required for DNS.', ja: 'ALB に固定 IP アドレスが付く。DNS のために必須。' },
        { en: 'The ALB works at layer 4 instead of layer 7.', ja: 'ALB がレイヤー 7 ではなくレイヤー 4 で動く。' },
        {
          en: 'Nothing: ip and instance are two names for the same mode.',
          ja: '何も変わらない。ip と instance は同じモードの別名。',
        },
      ],
      answer: 0,
      explanation: {
        en: 'With ip targets the AWS Load Balancer Controller registers Pod IPs, saving the extra hop through kube-proxy on a node. Fargate Pods have no node port to target, so they can only be ip targets. Static IPs per zone are an NLB feature; an ALB always works at layer 7.',
        ja: 'ip ターゲットでは AWS Load Balancer Controller が Pod の IP を登録し、ノード上の kube-proxy を経由する余分なホップがなくなります。Fargate の Pod には宛先にできるノードポートがないため、ip ターゲットにしかできません。ゾーンごとの固定 IP は NLB の機能で、ALB は常にレイヤー 7 で動きます。',
      },
      about: [{ partId: 'alb', prop: 'targetType' }],
    },
    {
      id: 'cloud-map-outside',
      question: {
        en: 'An Amazon ECS service in the same VPC must call orders. How does it find orders in this design?',
        ja: '同じ VPC の Amazon ECS サービスが orders を呼び出す必要があります。この設計ではどうやって orders を見つけますか。',
      },
      choices: [
        {
          en: 'Through orders.shop.svc.cluster.local, which CoreDNS answers for anyone in the VPC.',
          ja: 'orders.shop.svc.cluster.local で。CoreDNS が VPC 内の誰にでも応答する。',
        },
        {
          en: 'Through the shop.internal Cloud Map namespace: ExternalDNS registers the Service there, and the private DNS namespace answers in the VPC.',
          ja: 'Cloud Map の名前空間 shop.internal で。ExternalDNS が Service をそこに登録し、プライベート DNS 名前空間が VPC 内で応答する。',
        },
        { en: "Through shop-alb's public DNS name only.", ja: 'shop-alb のパブリック DNS 名だけで。' },
        {
          en: 'It cannot: ECS and EKS cannot share service discovery.',
          ja: '見つけられない。ECS と EKS はサービスディスカバリーを共有できない。',
        },
      ],
      answer: 1,
      explanation: {
        en: 'Cluster DNS names resolve only inside the cluster. The Cloud Map namespace shop.internal is a private DNS namespace (a Route 53 private hosted zone on the VPC), so ECS tasks, Lambda functions and other clusters in the VPC can resolve the names ExternalDNS registers. Going out through the public ALB would work but sends internal calls over the internet-facing path.',
        ja: 'クラスターの DNS 名はクラスター内でしか解決できません。Cloud Map の名前空間 shop.internal はプライベート DNS 名前空間（VPC に関連付けた Route 53 のプライベートホストゾーン）なので、VPC 内の ECS タスク、Lambda 関数、別のクラスターが、ExternalDNS の登録した名前を解決できます。公開 ALB 経由でも届きますが、内部の呼び出しがインターネット向けの経路を通ることになります。',
      },
      about: [
        { partId: 'cloud-map', prop: 'namespaceType' },
        { partId: 'cluster', prop: 'addons.externalDns' },
      ],
    },
  ],
};

/** Why the web-application template is built as it is, with questions drawn from it. */
import type { PatternInput } from '../schema.js';

export const webApplication: PatternInput = {
  id: 'web-application',
  title: { en: 'Why this pattern: web application', ja: 'この設計パターンを選ぶ理由: Web アプリケーション' },
  whenToChoose: {
    en: [
      'A containerized web tier that must stay up through the loss of an Availability Zone, behind one internet-facing ALB.',
      'Traffic that rises and falls during the day: HPA adds Pods, Cluster Autoscaler adds nodes.',
      'A small internal tool (backoffice) that should not need nodes of its own: it runs on a Fargate profile.',
    ],
    ja: [
      'アベイラビリティーゾーンを 1 つ失っても止めたくない、コンテナ化した Web 層を、1 つのインターネット向け ALB の後ろに置くとき。',
      '1 日の中で増減するトラフィック: HPA が Pod を、Cluster Autoscaler がノードを増やします。',
      '専用のノードを持たせたくない小さな社内ツール（backoffice）は Fargate プロファイルで動かします。',
    ],
  },
  tradeOffs: {
    en: [
      'Three NAT gateways (one per AZ) keep every zone independent but cost three times the hourly NAT charge.',
      'Mixing EC2 and Fargate means two sets of rules: the Fargate Pods cannot use DaemonSets or Pod Identity, and the ALB must use ip targets.',
      'Three web nodes run even at night (minimum 3): availability first, then cost.',
    ],
    ja: [
      'NAT ゲートウェイを 3 つ（AZ ごとに 1 つ）置くと各ゾーンが独立しますが、NAT の時間料金は 3 倍です。',
      'EC2 と Fargate を混在させると 2 通りの制約を意識する必要があります。Fargate の Pod は DaemonSet も Pod Identity も使えず、ALB は ip ターゲットが必須です。',
      '夜間も Web のノードが 3 台動きます（最小 3）。まず可用性、次にコストという判断です。',
    ],
  },
  notes: ['6. よくあるアーキテクチャ・設計パターン', '2.4 ロードバランシング', '2.3 柔軟なワーカーノード構成'],
  concepts: ['load-balancing', 'ec2-vs-fargate', 'networking', 'pricing'],
  questions: [
    {
      id: 'nat-cost',
      question: {
        en: "web-vpc has one NAT gateway in each of its three Availability Zones (HighlyAvailable). Which change cuts the NAT gateways' hourly cost by more than half, and what do you lose?",
        ja: 'web-vpc は 3 つのアベイラビリティーゾーンそれぞれに NAT ゲートウェイを置いています（HighlyAvailable）。NAT ゲートウェイの時間料金を半分以下にする変更はどれで、何を失いますか。',
      },
      choices: [
        {
          en: "Set the VPC's NAT gateway to Single: one NAT gateway instead of three. You lose egress for all zones if that one zone fails, and traffic from the other zones pays cross-AZ data transfer.",
          ja: 'VPC の NAT ゲートウェイを Single にして 3 つを 1 つにする。その 1 つのゾーンが障害になるとすべてのゾーンが外に出られなくなり、他のゾーンからの通信にはゾーン間のデータ転送料金がかかる。',
        },
        {
          en: 'Switch web-alb to a Network Load Balancer: NLBs do not need NAT gateways.',
          ja: 'web-alb をネットワークロードバランサーに替える。NLB には NAT ゲートウェイが不要だから。',
        },
        {
          en: 'Move ng-web to the public subnets and drop the NAT gateways; nothing is lost.',
          ja: 'ng-web をパブリックサブネットに移して NAT ゲートウェイをなくす。失うものはない。',
        },
        {
          en: 'Move the web Pods to the Fargate profile: Fargate Pods do not use NAT.',
          ja: 'web の Pod を Fargate プロファイルに移す。Fargate の Pod は NAT を使わないから。',
        },
      ],
      answer: 0,
      explanation: {
        en: 'NAT gateways are billed per hour each (plus per GB), so one instead of three removes two thirds of the hourly charge. The price is availability: private subnets in every zone now depend on one zone, and their traffic crosses zones. The load balancer type does not touch outbound traffic; Fargate Pods run only in private subnets and use NAT like nodes; nodes in public subnets need public IP addresses and are exposed.',
        ja: 'NAT ゲートウェイは 1 つごとに時間料金（と GB 単位の料金）がかかるため、3 つを 1 つにすると時間料金の 3 分の 2 が減ります。代わりに失うのは可用性で、すべてのゾーンのプライベートサブネットが 1 つのゾーンに依存し、通信がゾーンをまたぎます。ロードバランサーの種類は外向きの通信に関係せず、Fargate の Pod はプライベートサブネットでしか動かないためノードと同じく NAT を使い、パブリックサブネットのノードはパブリック IP が必要で外部にさらされます。',
      },
      about: [{ partId: 'vpc', prop: 'natGateway' }],
    },
    {
      id: 'fargate-billing',
      question: {
        en: 'The backoffice Deployment (2 replicas, each requesting 250m CPU and 512 MiB) runs on fp-backoffice. What does Fargate bill for?',
        ja: 'backoffice の Deployment（レプリカ 2、それぞれ CPU 250m とメモリ 512 MiB を要求）は fp-backoffice で動きます。Fargate は何に課金しますか。',
      },
      choices: [
        {
          en: 'The hours of an EC2 instance that AWS picks for the profile.',
          ja: 'AWS がプロファイル用に選ぶ EC2 インスタンスの時間。',
        },
        {
          en: 'The vCPU and memory each Pod requests, rounded up to a Fargate size (here 0.25 vCPU and 1 GB per Pod, after Fargate adds 256 MB), by the second while the Pods run.',
          ja: '各 Pod が要求した vCPU とメモリを Fargate のサイズに切り上げたもの（ここでは Fargate が 256 MB を加えて Pod ごとに 0.25 vCPU と 1 GB）を、Pod が動いている間、秒単位で。',
        },
        { en: 'A fixed monthly fee per Fargate profile.', ja: 'Fargate プロファイルごとの固定の月額料金。' },
        { en: 'The number of HTTP requests the Pods serve.', ja: 'Pod が処理した HTTP リクエストの数。' },
      ],
      answer: 1,
      explanation: {
        en: 'Fargate bills vCPU and GB per second from the image download until the Pod stops. 512 MiB plus the 256 MB Fargate reserves for kubelet, kube-proxy and containerd rounds up to the 0.25 vCPU / 1 GB size. There is no instance to pay for, and the profile itself costs nothing.',
        ja: 'Fargate は、イメージのダウンロード開始から Pod の終了まで、vCPU と GB を秒単位で課金します。512 MiB に Fargate が kubelet、kube-proxy、containerd 用に確保する 256 MB を加えると、0.25 vCPU / 1 GB のサイズに切り上げられます。支払うインスタンスはなく、プロファイル自体は無料です。',
      },
      about: [
        { partId: 'fp-backoffice', prop: 'selectors' },
        { partId: 'wl-backoffice', prop: 'memoryMiB' },
      ],
    },
    {
      id: 'fargate-daemonset',
      question: {
        en: 'The team wants a log-shipping agent as a DaemonSet for the backoffice Pods on fp-backoffice. What happens, and what should they do?',
        ja: 'fp-backoffice 上の backoffice の Pod のために、ログ転送エージェントを DaemonSet で動かしたいと考えています。どうなり、どうすべきですか。',
      },
      choices: [
        {
          en: 'It works: Fargate starts one agent Pod per backoffice Pod.',
          ja: '動く。Fargate が backoffice の Pod ごとにエージェントの Pod を 1 つ起動する。',
        },
        {
          en: 'It works only if the DaemonSet runs privileged.',
          ja: 'DaemonSet を特権モードで動かせば動く。',
        },
        {
          en: "Fargate does not run DaemonSets: use Fargate's built-in Fluent Bit log router, or a sidecar container in the Pod.",
          ja: 'Fargate は DaemonSet を動かさない。Fargate 組み込みの Fluent Bit ログルーターか、Pod 内のサイドカーコンテナを使う。',
        },
        {
          en: 'Add a label selector to fp-backoffice so the DaemonSet matches it.',
          ja: 'DaemonSet が一致するように fp-backoffice にラベルセレクターを加える。',
        },
      ],
      answer: 2,
      explanation: {
        en: 'Each Fargate Pod gets its own compute, so there is no node for a DaemonSet to run on; privileged containers are not allowed either. Fargate ships a Fluent Bit log router configured with the aws-observability ConfigMap, or the agent can run as a sidecar.',
        ja: 'Fargate の Pod はそれぞれ専用のコンピューティングで動くため、DaemonSet を置くノードがありません。特権コンテナも使えません。Fargate には aws-observability ConfigMap で設定する Fluent Bit のログルーターが組み込まれており、またはエージェントをサイドカーとして動かせます。',
      },
      about: [{ partId: 'fp-backoffice' }, { partId: 'wl-backoffice' }],
    },
  ],
};

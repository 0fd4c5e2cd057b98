/** The VPC a cluster lives in: subnets, AZs, NAT gateways and Pod IP addresses. */
import type { ConceptInput } from '../schema.js';

export const networking: ConceptInput = {
  id: 'networking',
  title: { en: 'The VPC: subnets, Availability Zones and NAT', ja: 'VPC: サブネット、アベイラビリティーゾーン、NAT' },
  summary: {
    en: 'An EKS cluster runs inside your VPC: nodes and Pods in private subnets of at least two Availability Zones, load balancers and NAT gateways in public ones.',
    ja: 'EKS クラスターは利用者の VPC 内で動きます。ノードと Pod は 2 つ以上のアベイラビリティーゾーンのプライベートサブネットに、ロードバランサーと NAT ゲートウェイはパブリックサブネットに置きます。',
  },
  points: {
    en: [
      'The cluster needs subnets in at least two Availability Zones; spreading nodes over three lets the design survive the loss of one zone.',
      'With the Amazon VPC CNI every Pod gets an IP address from the subnet, so subnets must be large enough for Pods as well as nodes.',
      'Private subnets reach the internet (image pulls, AWS APIs) through a NAT gateway, billed per hour and per GB processed. One per Availability Zone keeps each zone independent; a single NAT gateway is cheaper but is a single point of failure and adds cross-zone data charges. VPC endpoints can replace NAT for AWS services.',
      'The VPC needs DNS support and DNS hostnames enabled; security groups decide which traffic reaches nodes, Pods and the control plane.',
    ],
    ja: [
      'クラスターには 2 つ以上のアベイラビリティーゾーンのサブネットが必要です。ノードを 3 つに分散すると、1 つのゾーンを失っても設計が持ちこたえます。',
      'Amazon VPC CNI では Pod ごとにサブネットの IP アドレスが割り当てられるため、サブネットはノードだけでなく Pod の分も収まる大きさが必要です。',
      'プライベートサブネットは NAT ゲートウェイ経由でインターネット（イメージの取得、AWS API）に出ます。NAT ゲートウェイは時間と処理した GB で課金されます。アベイラビリティーゾーンごとに 1 つ置くと各ゾーンが独立し、1 つだけにすると安くなりますが単一障害点になり、ゾーン間のデータ転送料金も加わります。AWS のサービスへの通信は VPC エンドポイントで NAT の代わりにできます。',
      'VPC では DNS サポートと DNS ホスト名を有効にする必要があります。ノード、Pod、コントロールプレーンに届く通信はセキュリティグループで決まります。',
    ],
  },
  examTip: {
    en: 'High availability = subnets and NAT gateways in several AZs; cost savings on NAT trade availability.',
    ja: '高可用性は複数 AZ のサブネットと NAT ゲートウェイで実現します。NAT を減らす節約は可用性と引き換えです。',
  },
  notes: ['4. セキュリティと認証・認可', '3. アーキテクチャおよび技術要素'],
  docs: [
    {
      title: { en: 'VPC and subnet requirements', ja: 'VPC とサブネットの要件' },
      en: 'https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/network-reqs.html',
    },
    {
      title: { en: 'NAT gateways', ja: 'NAT ゲートウェイ' },
      en: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/vpc/latest/userguide/vpc-nat-gateway.html',
    },
  ],
  related: ['load-balancing', 'pricing', 'control-plane'],
};

/** ALB vs NLB, and the instance and ip target types. */
import type { ConceptInput } from '../schema.js';

export const loadBalancing: ConceptInput = {
  id: 'load-balancing',
  title: { en: 'Load balancing: ALB vs NLB and target types', ja: 'ロードバランシング: ALB と NLB、ターゲットタイプ' },
  summary: {
    en: 'The AWS Load Balancer Controller makes an Application Load Balancer for an Ingress and a Network Load Balancer for a LoadBalancer Service.',
    ja: 'AWS Load Balancer Controller は、Ingress に対してアプリケーションロードバランサー（ALB）を、LoadBalancer タイプの Service に対してネットワークロードバランサー（NLB）を作ります。',
  },
  points: {
    en: [
      'ALB (layer 7): HTTP and HTTPS, routing by host and path, TLS termination, AWS WAF, one ALB can serve many Services through Ingress groups.',
      'NLB (layer 4): TCP, UDP and TLS, very high throughput, a static IP address per Availability Zone, keeps the client IP; the usual target of an API Gateway VPC link.',
      'Target type instance: the load balancer sends traffic to a NodePort on every node, and kube-proxy forwards it to a Pod, maybe on another node. Target type ip: it sends traffic straight to Pod IP addresses, one hop less. Fargate Pods can only be ip targets.',
      'Subnets are found by tags: kubernetes.io/role/elb on public subnets for internet-facing load balancers, kubernetes.io/role/internal-elb on private subnets for internal ones.',
      'Both are billed per hour plus capacity units used (LCU for ALB, NLCU for NLB), which grow with new connections, active connections and bytes processed.',
    ],
    ja: [
      'ALB（レイヤー 7）: HTTP と HTTPS、ホストやパスによるルーティング、TLS 終端、AWS WAF。Ingress グループで 1 つの ALB から複数の Service に振り分けられます。',
      'NLB（レイヤー 4）: TCP、UDP、TLS。非常に高いスループット、アベイラビリティーゾーンごとの固定 IP アドレス、クライアント IP の保持。API Gateway の VPC リンクの接続先として一般的です。',
      'ターゲットタイプ instance: ロードバランサーはすべてのノードの NodePort に送り、kube-proxy が Pod へ転送します（別のノードの Pod のこともあります）。ターゲットタイプ ip: Pod の IP アドレスに直接送るため、1 ホップ少なくなります。Fargate の Pod は ip ターゲットにしかできません。',
      'サブネットはタグで見つけます。インターネット向けロードバランサーにはパブリックサブネットの kubernetes.io/role/elb、内部ロードバランサーにはプライベートサブネットの kubernetes.io/role/internal-elb を使います。',
      'どちらも時間あたりの料金に、使用したキャパシティユニット（ALB は LCU、NLB は NLCU）の料金が加わります。キャパシティユニットは新規接続、アクティブ接続、処理したバイト数に応じて増えます。',
    ],
  },
  examTip: {
    en: 'Path or host routing, WAF: ALB. Static IPs, TCP/UDP, extreme throughput: NLB. Fargate targets: ip.',
    ja: 'パスやホストでのルーティング、WAF なら ALB。固定 IP、TCP/UDP、非常に高いスループットなら NLB。Fargate のターゲットは ip。',
  },
  notes: ['2.4 ロードバランシング', '8.4 ロードバランシング'],
  docs: [
    {
      title: {
        en: 'Route application and HTTP traffic with Application Load Balancers',
        ja: 'アプリケーションロードバランサーによるアプリケーションと HTTP トラフィックのルーティング',
      },
      en: 'https://docs.aws.amazon.com/eks/latest/userguide/alb-ingress.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/alb-ingress.html',
    },
    {
      title: {
        en: 'Route TCP and UDP traffic with Network Load Balancers',
        ja: 'ネットワークロードバランサーによる TCP と UDP トラフィックのルーティング',
      },
      en: 'https://docs.aws.amazon.com/eks/latest/userguide/network-load-balancing.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/network-load-balancing.html',
    },
    {
      title: { en: 'Elastic Load Balancing pricing', ja: 'Elastic Load Balancing の料金' },
      en: 'https://aws.amazon.com/elasticloadbalancing/pricing/',
      ja: 'https://aws.amazon.com/jp/elasticloadbalancing/pricing/',
    },
  ],
  related: ['networking', 'api-gateway', 'pricing'],
};

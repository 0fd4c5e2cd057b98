/** Kubernetes service discovery (DNS inside the cluster) and AWS Cloud Map (beyond it). */
import type { ConceptInput } from '../schema.js';

export const serviceDiscovery: ConceptInput = {
  id: 'service-discovery',
  title: { en: 'Service discovery and AWS Cloud Map', ja: 'サービスディスカバリーと AWS Cloud Map' },
  summary: {
    en: 'Inside a cluster, Services are found by DNS name through CoreDNS; AWS Cloud Map makes them findable beyond the cluster, by DNS or by API.',
    ja: 'クラスター内では Service は CoreDNS による DNS 名で見つかります。AWS Cloud Map を使うと、クラスターの外からも DNS または API で見つけられるようになります。',
  },
  points: {
    en: [
      'Kubernetes service discovery: every Service gets a name such as orders.shop.svc.cluster.local, answered by CoreDNS inside the cluster. Nothing outside the cluster can use it.',
      'AWS Cloud Map is a registry of service instances in a namespace. A private DNS namespace answers through a Route 53 private hosted zone in your VPC, a public one through a public zone, and an HTTP namespace only through the DiscoverInstances API.',
      'Kubernetes Services reach Cloud Map through a controller: ExternalDNS (DNS records) or the AWS Cloud Map MCS controller (multi-cluster services); each needs an IAM role for the Cloud Map API.',
      'Use it when ECS tasks, Lambda functions, other clusters or API Gateway (HTTP API private integration) must find services in this cluster.',
      'Billed per registered instance per month and per million discovery API calls, plus the Route 53 hosted zone and queries for DNS namespaces.',
    ],
    ja: [
      'Kubernetes のサービスディスカバリー: Service ごとに orders.shop.svc.cluster.local のような名前が付き、クラスター内の CoreDNS が応答します。クラスターの外からは使えません。',
      'AWS Cloud Map は名前空間ごとのサービスインスタンスのレジストリです。プライベート DNS 名前空間は VPC の Route 53 プライベートホストゾーンで、パブリック名前空間はパブリックゾーンで応答し、HTTP 名前空間は DiscoverInstances API でのみ検出できます。',
      'Kubernetes の Service を Cloud Map に登録するのはコントローラーです。ExternalDNS（DNS レコード）または AWS Cloud Map MCS コントローラー（マルチクラスターサービス）を使い、どちらも Cloud Map API を呼ぶための IAM ロールが必要です。',
      'ECS タスク、Lambda 関数、別のクラスター、API Gateway（HTTP API のプライベート統合）から、このクラスターのサービスを見つける必要があるときに使います。',
      '料金は登録したインスタンスごとの月額と、検出 API 呼び出し 100 万回あたりの料金で、DNS 名前空間では Route 53 のホストゾーンとクエリの料金が加わります。',
    ],
  },
  examTip: {
    en: 'Services must be discoverable from outside Kubernetes (ECS, Lambda, other clusters): AWS Cloud Map.',
    ja: 'Kubernetes の外（ECS、Lambda、別クラスター）からサービスを検出する必要があるなら AWS Cloud Map。',
  },
  notes: ['2.6 サービスディスカバリー', '8.6 サービスディスカバリー'],
  docs: [
    {
      title: { en: 'What is AWS Cloud Map?', ja: 'AWS Cloud Map とは' },
      en: 'https://docs.aws.amazon.com/cloud-map/latest/dg/what-is-cloud-map.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/cloud-map/latest/dg/what-is-cloud-map.html',
    },
    { title: { en: 'ExternalDNS', ja: 'ExternalDNS（英語）' }, en: 'https://kubernetes-sigs.github.io/external-dns/' },
  ],
  related: ['pod-iam', 'api-gateway', 'pricing'],
};

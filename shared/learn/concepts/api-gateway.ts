/** Amazon API Gateway in front of services in the cluster. */
import type { ConceptInput } from '../schema.js';

export const apiGateway: ConceptInput = {
  id: 'api-gateway',
  title: { en: 'API Gateway in front of EKS', ja: 'EKS の前段に置く API Gateway' },
  summary: {
    en: 'An API Gateway HTTP API reaches services in private subnets through a VPC link to an internal load balancer or a Cloud Map service.',
    ja: 'API Gateway の HTTP API は、VPC リンクを通じて、内部ロードバランサーや Cloud Map のサービスに届き、プライベートサブネットのサービスを呼び出します。',
  },
  points: {
    en: [
      'The API stays the public front door: authorization (JWT, IAM, Lambda authorizers), throttling, custom domains and stages; the cluster needs no internet-facing load balancer.',
      'A private integration of an HTTP API targets an internal ALB, NLB or Cloud Map service through a VPC link placed in your subnets.',
      'Billed per million requests (HTTP APIs cost less per request than REST APIs), on top of the internal load balancer.',
    ],
    ja: [
      'API が公開の入口になります。認可（JWT、IAM、Lambda オーソライザー）、スロットリング、カスタムドメイン、ステージを担い、クラスター側にインターネット向けロードバランサーは不要です。',
      'HTTP API のプライベート統合は、利用者のサブネットに置いた VPC リンク経由で、内部の ALB、NLB、Cloud Map のサービスを接続先にします。',
      '料金はリクエスト 100 万件単位（HTTP API はリクエストあたり REST API より安価）で、内部ロードバランサーの料金が加わります。',
    ],
  },
  examTip: {
    en: 'Expose private EKS services as a managed API with auth and throttling: API Gateway + VPC link + internal NLB/ALB.',
    ja: 'プライベートな EKS のサービスを認可とスロットリング付きのマネージドな API として公開するなら、API Gateway + VPC リンク + 内部 NLB/ALB。',
  },
  notes: ['6. よくあるアーキテクチャ・設計パターン'],
  docs: [
    {
      title: { en: 'Private integrations for HTTP APIs', ja: 'HTTP API のプライベート統合' },
      en: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-private.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/apigateway/latest/developerguide/http-api-develop-integrations-private.html',
    },
  ],
  related: ['load-balancing', 'service-discovery', 'pricing'],
};

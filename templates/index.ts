/**
 * The six EKS design-pattern templates. Each is an ordinary design document (templates/<id>.json) loaded
 * through the same migrate-then-parse path as a user's file, so a template can never drift from the
 * schema unnoticed. English texts live in the documents; the Japanese title, description and part notes
 * live here, keyed by part id.
 */
import { parseDesignValue } from '../shared/model/document.js';
import type { DesignDocument } from '../shared/model/design.js';
import microservices from './microservices.json' with { type: 'json' };
import webApplication from './web-application.json' with { type: 'json' };
import batchProcessing from './batch-processing.json' with { type: 'json' };
import machineLearning from './machine-learning.json' with { type: 'json' };
import apiBackend from './api-backend.json' with { type: 'json' };
import hybridCloud from './hybrid-cloud.json' with { type: 'json' };

export type TemplateId =
  'microservices' | 'web-application' | 'batch-processing' | 'machine-learning' | 'api-backend' | 'hybrid-cloud';

export interface TemplateInfo {
  id: TemplateId;
  title: { en: string; ja: string };
  description: { en: string; ja: string };
  /** Japanese version of each part's `note`, by part id. */
  notesJa: Record<string, string>;
}

const RAW: Record<TemplateId, unknown> = {
  microservices,
  'web-application': webApplication,
  'batch-processing': batchProcessing,
  'machine-learning': machineLearning,
  'api-backend': apiBackend,
  'hybrid-cloud': hybridCloud,
};

/** Japanese notes of the three public and three private subnets every template draws. */
function subnetNotesJa(azs: readonly string[], publicUse: 'load-balancer' | 'nat-only'): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const az of azs) {
    const suffix = az.slice(-2);
    notes[`subnet-public-${suffix}`] =
      publicUse === 'load-balancer'
        ? `${az} のパブリックサブネットで、インターネット向けロードバランサーとこの AZ の NAT ゲートウェイを置きます。`
        : `${az} のパブリックサブネットで、この AZ の NAT ゲートウェイだけを置きます。`;
    notes[`subnet-private-${suffix}`] =
      `${az} のプライベートサブネットで、ワーカーノードと Pod の IP アドレスを収容し、同じ AZ の NAT ゲートウェイ経由で外部に出ます。`;
  }
  return notes;
}

const US_EAST_1 = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
const TOKYO = ['ap-northeast-1a', 'ap-northeast-1c', 'ap-northeast-1d'];

/** The templates, in the order the start screen lists them. */
export const TEMPLATES: readonly TemplateInfo[] = [
  {
    id: 'microservices',
    title: { en: 'Microservices on EKS', ja: 'マイクロサービスアーキテクチャ' },
    description: {
      en: 'Three services on two managed node groups behind an internet-facing ALB, discovered through AWS Cloud Map, with images from Amazon ECR, HPA and Karpenter.',
      ja: '2 つのマネージド型ノードグループで 3 つのサービスを動かし、インターネット向け ALB で受け、AWS Cloud Map でサービスディスカバリーを行う構成です。イメージは Amazon ECR から取得し、HPA と Karpenter で自動スケーリングします。',
    },
    notesJa: {
      'ecr-frontend':
        'フロントエンドのイメージを置くプライベートな ECR リポジトリで、プッシュ時スキャンとタグのイミュータビリティを有効にしています。',
      'ecr-catalog': 'カタログサービスのイメージを置くプライベートな ECR リポジトリです。',
      'ecr-orders': '注文サービスのイメージを置くプライベートな ECR リポジトリです。',
      'cloud-map':
        'ExternalDNS がカタログと注文サービスを登録する AWS Cloud Map のプライベート DNS 名前空間で、サービスディスカバリーに使います。',
      vpc: '3 つの AZ にパブリックサブネットとプライベートサブネットを持ち、AZ ごとに NAT ゲートウェイを置く専用の VPC です。',
      ...subnetNotesJa(US_EAST_1, 'load-balancer'),
      alb: 'AWS Load Balancer Controller が作るインターネット向けのアプリケーションロードバランサー（ALB）で、フロントエンド Pod の IP へ直接トラフィックを分散します。',
      cluster:
        '監査ログ、KMS によるシークレットのデータ暗号化、Karpenter によるノードの自動スケーリング、Cloud Map と同期する ExternalDNS（そのロールには Cloud Map のポリシーも付与）を備えた EKS 1.35 クラスターです。',
      'ng-frontend':
        '3 つの AZ にまたがるオンデマンドのノードグループで、利用者向けのフロントエンドをバックエンドと分けて動かします。',
      'ng-backend':
        '3 つの AZ にまたがるバックエンドサービス用のオンデマンドのノードグループで、Karpenter のコントローラーもここで動きます。',
      'wl-frontend': 'ALB からのリクエストを受け、カタログと注文サービスを呼び出すストアフロントの Deployment です。',
      'wl-catalog': '商品カタログのサービスで、ほかのサービスが名前で見つけられるよう Cloud Map に登録されます。',
      'wl-orders': '専用の Pod Identity ロールで AWS のデータストアに書き込む注文サービスで、Cloud Map を通じて見つけられます。',
    },
  },
  {
    id: 'web-application',
    title: { en: 'Web application on EKS', ja: 'Web アプリケーションのデプロイ' },
    description: {
      en: 'A web tier on a managed node group over three AZs behind an internet-facing ALB, with HPA, plus a Fargate profile for a low-traffic namespace.',
      ja: '3 つの AZ にまたがるマネージド型ノードグループで Web 層を動かし、インターネット向け ALB でトラフィックを分散して HPA で自動スケーリングします。アクセスの少ない名前空間は Fargate プロファイルで動かします。',
    },
    notesJa: {
      'ecr-web': 'Web 層のイメージを置くプライベートな ECR リポジトリで、クラスターと同じ東京リージョンにあります。',
      'ecr-backoffice': '社内向け管理画面のイメージを置くプライベートな ECR リポジトリです。',
      vpc: '東京リージョンの VPC で、3 つの AZ にパブリックサブネットとプライベートサブネットを持ち、AZ ごとに NAT ゲートウェイを置きます。',
      ...subnetNotesJa(TOKYO, 'load-balancer'),
      alb: '3 つのパブリックサブネットに置くインターネット向けの ALB で、リクエストを Web Pod の IP へ振り分けます。',
      cluster:
        '監査ログ、KMS によるシークレットのデータ暗号化、AWS Load Balancer Controller、Cluster Autoscaler を備えた東京リージョンの EKS 1.35 クラスターです。',
      'ng-web':
        '3 つの AZ にまたがるオンデマンドのノードグループで、Web 層とクラスターのアドオンを動かし、Cluster Autoscaler で増減します。',
      'wl-web': '3 つの AZ に分散して動く Web 層の Deployment で、HPA が CPU 使用率に応じて Pod 数を調整します。',
      'fp-backoffice': 'backoffice 名前空間のすべての Pod をプライベートサブネットの Fargate で動かす Fargate プロファイルです。',
      'wl-backoffice':
        'アクセスの少ない社内向け管理画面で、Fargate で動かすことで、そのためだけに EC2 のワーカーノードを待機させずに済みます。',
    },
  },
  {
    id: 'batch-processing',
    title: { en: 'Batch processing on EKS', ja: 'バッチ処理' },
    description: {
      en: 'Jobs and CronJobs on a Spot managed node group with three interchangeable instance types that Cluster Autoscaler scales from zero, next to a small On-Demand system node group.',
      ja: 'Job と CronJob を、同じサイズの 3 種類のインスタンスタイプを使うスポットのマネージド型ノードグループで動かします。Cluster Autoscaler がゼロから自動スケーリングし、システム用には小さなオンデマンドのノードグループを置きます。',
    },
    notesJa: {
      'ecr-batch': '2 つのジョブが使うバッチワーカーのイメージを置くプライベートな ECR リポジトリです。',
      vpc: 'ジョブのワーカーノードを 3 つの AZ のプライベートサブネットに置く VPC で、パブリックサブネットには NAT ゲートウェイだけを置きます。',
      ...subnetNotesJa(US_EAST_1, 'nat-only'),
      cluster:
        '監査ログと KMS によるシークレットのデータ暗号化を備えた EKS 1.35 クラスターで、ジョブの量に応じてワーカーノードが増減します。',
      'ng-system':
        'スポットのノードグループがゼロの間も CoreDNS や Cluster Autoscaler などのアドオンを動かし続ける、小さなオンデマンドのノードグループです。',
      'ng-batch-spot':
        '同じサイズの 3 種類のインスタンスタイプを使うスポットのノードグループで、待ちのジョブがあると Cluster Autoscaler がゼロから増やします。',
      'wl-nightly-report': '夜間レポートを作る CronJob で、実行ごとにやり直せるためスポットの中断に耐えられます。',
      'wl-data-import': 'Pod Identity のロールで S3 からデータファイルを取り込む並列の Job です。',
    },
  },
  {
    id: 'machine-learning',
    title: { en: 'Machine learning on EKS', ja: '機械学習ワークロード' },
    description: {
      en: 'GPU inference and training on a tainted g5 managed node group with the NVIDIA AMI, a CPU node group for system pods and model images in Amazon ECR.',
      ja: 'NVIDIA 対応 AMI の g5 インスタンスによる、テイント付きの GPU ノードグループで推論と学習を動かす機械学習ワークロードの構成です。システム Pod は CPU のノードグループで動かし、モデルのイメージは Amazon ECR に置きます。',
    },
    notesJa: {
      'ecr-inference':
        '推論サーバーのイメージを置くプライベートな ECR リポジトリで、リージョン間のデータ転送を避けるためクラスターと同じリージョンにあります。',
      'ecr-trainer': '学習用イメージを置くプライベートな ECR リポジトリです。',
      vpc: 'CPU と GPU のワーカーノードを 3 つの AZ のプライベートサブネットに置き、イメージやデータの取得用に AZ ごとに NAT ゲートウェイを置く VPC です。',
      ...subnetNotesJa(US_EAST_1, 'nat-only'),
      cluster:
        'モデルの学習と推論のための EKS 1.35 クラスターで、監査ログと KMS によるシークレットのデータ暗号化を備えています。',
      'ng-system':
        'CoreDNS、metrics-server、Cluster Autoscaler などのシステム Pod 用の CPU ノードグループで、GPU の時間をそれらに使わずに済みます。',
      'ng-gpu':
        'Amazon Linux 2023 の NVIDIA 対応 AMI を使う g5.xlarge の GPU ノードグループで、テイントにより GPU を使う Pod だけが配置されます。',
      'wl-inference': 'Pod ごとに NVIDIA GPU を 1 基使うモデルサーバーで、HPA で自動スケーリングします。',
      'wl-training': '1 基の GPU でモデルをファインチューニングし、結果を S3 に保存する学習用の Job です。',
    },
  },
  {
    id: 'api-backend',
    title: { en: 'API backend on EKS', ja: 'API バックエンド' },
    description: {
      en: 'Amazon API Gateway HTTP API reaching, through a VPC link and an internal NLB, API pods that run in private subnets.',
      ja: 'Amazon API Gateway の HTTP API から VPC リンクと内部向け NLB を経由して、プライベートサブネットで動く API の Pod にリクエストを届ける API バックエンドの構成です。',
    },
    notesJa: {
      'api-gateway': '認証とスロットリングを入口で受け持ち、VPC リンクで NLB に接続する HTTP API です。',
      'ecr-api': 'API のイメージを置くプライベートな ECR リポジトリです。',
      'ecr-worker': 'ワーカーのイメージを置くプライベートな ECR リポジトリです。',
      vpc: 'ワークロードとロードバランサーをプライベートサブネットに閉じ込める VPC で、パブリックサブネットには NAT ゲートウェイだけを置きます。',
      ...subnetNotesJa(US_EAST_1, 'nat-only'),
      nlb: 'プライベートサブネットに置く内部向けのネットワークロードバランサー（NLB）で、API Gateway の VPC リンクからだけ到達できます。',
      cluster:
        '監査ログと KMS によるシークレットのデータ暗号化を備えた EKS 1.35 クラスターで、AWS Load Balancer Controller が内部向け NLB を作ります。',
      'ng-api':
        '3 つの AZ のプライベートサブネットにまたがるオンデマンドのノードグループで、NLB がどの AZ にもターゲットを持てます。',
      'wl-api': '内部向け NLB の背後で動く REST サービスで、HPA で自動スケーリングします。',
      'wl-worker': 'キューに入った注文を専用の Pod Identity ロールで処理するバックグラウンドのワーカーです。',
    },
  },
  {
    id: 'hybrid-cloud',
    title: { en: 'Hybrid cloud with EKS Hybrid Nodes', ja: 'ハイブリッドクラウド環境' },
    description: {
      en: 'An on-premises network joined to the VPC over VPN, its servers running as EKS Hybrid Nodes with Cilium, plus a cloud node group for cluster services.',
      ja: 'オンプレミスのネットワークを VPN で VPC とつなぎ、そのサーバーを Cilium を使う EKS Hybrid Nodes としてクラスターに参加させるハイブリッドクラウド環境です。クラスターのサービス用にクラウド側のノードグループも置きます。',
    },
    notesJa: {
      'on-prem':
        'サーバーが Site-to-Site VPN 経由で EKS Hybrid Nodes としてクラスターに参加するオンプレミスのデータセンターで、ノードと Pod の CIDR は VPC やサービス CIDR と重なりません。',
      'ecr-portal': 'ポータルのイメージを置くプライベートな ECR リポジトリです。',
      'ecr-line-agent':
        'ハイブリッドノードが VPN 経由で取得するラインエージェントのイメージを置くプライベートな ECR リポジトリです。',
      vpc: '東京リージョンの VPC で、ルートテーブルがオンプレミスのノードと Pod の宛先をトランジットゲートウェイへ送ります。',
      ...subnetNotesJa(TOKYO, 'nat-only'),
      cluster:
        'アクセスエントリだけで認証する（認証モード API）東京リージョンの EKS 1.35 クラスターで、ハイブリッドノードは VPN 経由でプライベートエンドポイントに接続します。',
      'ng-cloud':
        'CoreDNS、Webhook、クラウド側のアプリを動かす 3 つの AZ のノードグループで、オンプレミスとの回線が切れてもクラスターが動き続けます。',
      'wl-portal': 'AWS 上のクラウド側ワーカーノードで動く Web ポータルです。',
      'wl-line-agent': 'オンプレミスのハイブリッドノードで動き、近くの製造ラインの機械からデータを集めるエージェントです。',
    },
  },
];

const IDS = TEMPLATES.map((t) => t.id);

/** Whether `id` names a template. */
export function isTemplateId(id: string): id is TemplateId {
  return (IDS as string[]).includes(id);
}

/**
 * A fresh copy of the template's design document, parsed like a user's file.
 * @throws Error naming the known ids when `id` is not one of them.
 */
export function loadTemplate(id: string): DesignDocument {
  if (!isTemplateId(id)) {
    throw new Error(`unknown template "${id}"; the templates are: ${IDS.join(', ')}`);
  }
  // A clone, so a caller editing the result never changes the imported module value other callers share.
  return parseDesignValue(structuredClone(RAW[id]));
}

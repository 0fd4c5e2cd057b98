/**
 * The words of the cost estimate in English and Japanese, by text id: each line's item and notes, the units,
 * and the text report (`eks-sandbox cost`). A line carries the ids and parameters (CostLine.text), and its
 * `item`/`note` fields are the English rendering, so scripts, CSV and the diff's matching read the same
 * English as before while the CLI (--lang ja), the cost panel and the compare panel show the user's language.
 * Parameters are names, ids, instance types, numbers and nested texts (capacity type, a VPC's name).
 */
import type { Language } from '../rules/types.js';

export const COST_TEXTS = {
  // What is billed (CostLine.item).
  'item.control-plane-extended': {
    en: 'EKS control plane, extended support ({{name}})',
    ja: 'EKS コントロールプレーン、延長サポート（{{name}}）',
  },
  'item.control-plane-standard': {
    en: 'EKS control plane, standard support ({{name}})',
    ja: 'EKS コントロールプレーン、標準サポート（{{name}}）',
  },
  'item.ec2': { en: 'EC2 {{type}} {{capacity}} ({{name}})', ja: 'EC2 {{type}} {{capacity}}（{{name}}）' },
  'item.ec2-jobs': {
    en: 'EC2 {{type}} {{capacity}}, scaled out for jobs ({{name}})',
    ja: 'EC2 {{type}} {{capacity}}、ジョブ用のスケールアウト（{{name}}）',
  },
  'item.ec2-karpenter': {
    en: 'EC2 {{type}} {{capacity}}, Karpenter nodes ({{name}})',
    ja: 'EC2 {{type}} {{capacity}}、Karpenter のノード（{{name}}）',
  },
  'capacity.spot': { en: 'spot', ja: 'スポット' },
  'capacity.on-demand': { en: 'on-demand', ja: 'オンデマンド' },
  'item.fargate-pods': { en: 'Fargate pods ({{name}})', ja: 'Fargate の Pod（{{name}}）' },
  'item.fargate-vcpu': { en: 'Fargate vCPU ({{name}})', ja: 'Fargate の vCPU（{{name}}）' },
  'item.fargate-memory': { en: 'Fargate memory ({{name}})', ja: 'Fargate のメモリ（{{name}}）' },
  'item.hybrid-nodes': { en: 'EKS Hybrid Nodes ({{name}})', ja: 'EKS ハイブリッドノード（{{name}}）' },
  'item.lb-hours': { en: '{{lb}} hours ({{name}})', ja: '{{lb}} の稼働時間（{{name}}）' },
  'item.lb-units': { en: '{{lb}} {{unit}}s ({{name}})', ja: '{{lb}} の {{unit}}（{{name}}）' },
  'item.nat-hours': { en: 'NAT gateway hours ({{name}})', ja: 'NAT ゲートウェイの稼働時間（{{name}}）' },
  'item.nat-data': { en: 'NAT gateway data processed ({{name}})', ja: 'NAT ゲートウェイのデータ処理量（{{name}}）' },
  'name.default-vpc': { en: 'default VPC of {{cluster}}', ja: '{{cluster}} のデフォルト VPC' },
  'item.interface-endpoints': {
    en: 'Interface VPC endpoints ({{name}})',
    ja: 'インターフェイス VPC エンドポイント（{{name}}）',
  },
  'item.data-transfer-out': {
    en: 'Data transfer out to the internet ({{name}})',
    ja: 'インターネットへのデータ転送（{{name}}）',
  },
  'item.ecr-storage': { en: 'ECR storage ({{name}})', ja: 'ECR のストレージ（{{name}}）' },
  'item.cloud-map-zone': { en: 'Cloud Map hosted zone ({{name}})', ja: 'Cloud Map のホストゾーン（{{name}}）' },
  'item.cloud-map-instances': {
    en: 'Cloud Map registered instances ({{name}})',
    ja: 'Cloud Map の登録インスタンス（{{name}}）',
  },
  'item.api-gateway': { en: 'API Gateway {{api}} requests ({{name}})', ja: 'API Gateway {{api}} のリクエスト（{{name}}）' },

  // Why a line is as it is (CostLine.note: the notes joined with "; " in English, 「。」 in Japanese).
  'note.no-price': {
    en: 'no price for {{type}} in {{region}}; not counted in the total',
    ja: '{{region}} に {{type}} の料金がないため、合計に含めていません',
  },
  'note.spot': {
    en: 'spot estimated as on-demand {{price}} less the assumed {{percent}} % discount (spotDiscount)',
    ja: 'スポット料金は、オンデマンド料金 {{price}} から想定の割引率 {{percent}} %（spotDiscount）を引いた推定値です',
  },
  'note.extended-support': {
    en: 'Kubernetes {{version}} is in extended support on {{today}}',
    ja: '{{today}} の時点で Kubernetes {{version}} は延長サポート期間です',
  },
  'note.standard-refused': {
    en: 'support type STANDARD cannot be set on a version in extended support',
    ja: '延長サポート期間のバージョンにはアップグレードポリシー STANDARD を設定できません',
  },
  'note.other-region': {
    en: 'cluster is in {{region}}, priced with {{priced}} prices',
    ja: 'クラスターは {{region}} にありますが、{{priced}} の料金で計算しています',
  },
  'note.unsupported': {
    en: 'Kubernetes {{version}} is past extended support; EKS upgrades it',
    ja: 'Kubernetes {{version}} は延長サポートも終了しています。EKS がアップグレードします',
  },
  'note.newer-than-calendar': {
    en: "Kubernetes {{version}} is newer than this app's version calendar (dated {{asOf}}); priced at standard support",
    ja: 'Kubernetes {{version}} はこのアプリのバージョンカレンダー（{{asOf}} 時点）より新しいため、標準サポートの料金で計算しています',
  },
  'note.not-in-calendar': {
    en: 'Kubernetes {{version}} is not in the version calendar; priced at standard support',
    ja: 'Kubernetes {{version}} はバージョンカレンダーにないため、標準サポートの料金で計算しています',
  },
  'note.jobs-scale-out': {
    en: '{{count}} node(s) Cluster Autoscaler adds while {{jobs}} run, {{hours}} h a month (jobHoursPerMonth)',
    ja: '{{jobs}} の実行中に Cluster Autoscaler が追加するノード {{count}} 台、月 {{hours}} 時間（jobHoursPerMonth）',
  },
  'note.desired-nodes': { en: '{{count}} node(s) at desired size', ja: '希望サイズのノード {{count}} 台' },
  'note.first-type': {
    en: 'priced as {{type}}, the first of {{types}}',
    ja: '{{types}} のうち最初の {{type}} の料金で計算しています',
  },
  'note.windows': {
    en: 'Linux price; Windows instances cost more',
    ja: 'Linux の料金です。Windows インスタンスはこれより高くなります',
  },
  'note.fargate-no-size': {
    en: 'no Fargate size holds {{cpu}}m CPU / {{memory}} MiB; the pods would not run',
    ja: '{{cpu}}m CPU / {{memory}} MiB が収まる Fargate のサイズがないため、Pod は実行されません',
  },
  'note.fargate-sizing': {
    en: '{{replicas}} pod(s); requests {{cpu}}m / {{memory}} MiB + 256 MiB -> {{vcpu}} vCPU / {{gb}} GB Fargate size',
    ja: 'Pod {{replicas}} 個。リクエスト {{cpu}}m / {{memory}} MiB + 256 MiB → Fargate のサイズ {{vcpu}} vCPU / {{gb}} GB',
  },
  'note.job-hours': { en: 'running {{hours}} h a month (jobHoursPerMonth)', ja: '月 {{hours}} 時間稼働（jobHoursPerMonth）' },
  'note.hybrid-nodes': {
    en: '{{count}} node(s) x {{vcpu}} vCPU; first pricing tier (up to 576,000 vCPU-hours a month)',
    ja: 'ノード {{count}} 台 × {{vcpu}} vCPU。最初の料金階層（月 576,000 vCPU 時間まで）',
  },
  'note.lb-units': {
    en: 'assumes {{units}} capacity unit(s) every hour (assumedCapacityUnits)',
    ja: '毎時 {{units}} キャパシティユニットを想定（assumedCapacityUnits）',
  },
  'note.nat-existing-vpc': {
    en: 'existing VPC: its NAT gateways are not created by this design',
    ja: '既存の VPC: その NAT ゲートウェイはこの設計では作成しません',
  },
  'note.nat-no-cluster': { en: 'no cluster in the VPC', ja: 'VPC にクラスターがありません' },
  'note.nat-fully-private': {
    en: 'fully-private cluster: no NAT gateway',
    ja: '完全プライベートクラスター: NAT ゲートウェイはありません',
  },
  'note.nat-disabled': { en: 'NAT disabled', ja: 'NAT は無効です' },
  'note.nat-unknown': { en: 'NAT gateways unknown', ja: 'NAT ゲートウェイの構成が不明です' },
  'note.nat-single': { en: 'Single NAT gateway', ja: 'NAT ゲートウェイ 1 つ（Single）' },
  'note.nat-per-az': {
    en: 'HighlyAvailable: one NAT gateway per AZ ({{count}})',
    ja: 'HighlyAvailable: AZ ごとに NAT ゲートウェイ 1 つ（{{count}} 個）',
  },
  'note.nat-default-vpc': {
    en: "eksctl's default VPC: Single NAT gateway",
    ja: 'eksctl のデフォルト VPC: NAT ゲートウェイ 1 つ（Single）',
  },
  'note.nat-data': {
    en: "assumes {{gb}} GB a month through the VPC's NAT gateways (natProcessedGbPerMonth)",
    ja: 'VPC の NAT ゲートウェイを通るデータを月 {{gb}} GB と想定（natProcessedGbPerMonth）',
  },
  'note.interface-endpoints': {
    en: 'fully private: {{count}} interface endpoints ({{services}}) x {{azs}} AZs; data processed not counted',
    ja: '完全プライベート: インターフェイスエンドポイント {{count}} 個（{{services}}）× {{azs}} AZ。データ処理量は含みません',
  },
  'note.data-transfer-out': {
    en: "assumes {{gb}} GB a month (dataTransferOutGbPerMonth); the account's 100 GB monthly free allowance is not deducted",
    ja: '月 {{gb}} GB と想定（dataTransferOutGbPerMonth）。アカウントの毎月 100 GB の無料枠は差し引いていません',
  },
  'note.ecr-storage': {
    en: 'assumes {{gb}} GB of images (assumedStorageGb)',
    ja: 'イメージを {{gb}} GB と想定（assumedStorageGb）',
  },
  'note.cloud-map-zone': {
    en: '{{type}} namespace: one Route 53 hosted zone; DNS queries not included',
    ja: '{{type}} 名前空間: Route 53 のホストゾーン 1 つ。DNS クエリは含みません',
  },
  'note.cloud-map-instances': {
    en: '{{pods}} pod(s) of {{workloads}} connected workload(s) x {{perPod}} instance(s) per pod (cloudMapInstancesPerPod)',
    ja: '接続したワークロード {{workloads}} 個の Pod {{pods}} 個 × Pod あたり {{perPod}} インスタンス（cloudMapInstancesPerPod）',
  },
  'note.api-gateway': {
    en: 'assumes {{millions}} million requests a month (assumedRequestsMillions); first pricing tier',
    ja: '月 {{millions}} 百万リクエストと想定（assumedRequestsMillions）。最初の料金階層',
  },
  'note.karpenter': {
    en: "Karpenter sizes its nodes itself; assumed {{count}} {{type}} node(s) on average (the cluster's Karpenter capacity, editable)",
    ja: 'Karpenter はノードのサイズを自分で決めます。平均 {{count}} 台の {{type}} ノードを想定しています（クラスターの Karpenter キャパシティで変更可能）',
  },
  'note.not-in-reference': {
    en: 'not in the reference table; list price believed current',
    ja: '料金リファレンスにない項目です。現行と考えられる定価です',
  },
  /** A note the price table wrote that has no id (a new row's free text); shown as written. */
  'note.as-written': { en: '{{text}}', ja: '{{text}}' },

  // The report `eks-sandbox cost` prints.
  'report.title': {
    en: 'Monthly cost estimate, {{region}} ({{currency}}, prices as of {{asOf}})',
    ja: '月額コスト見積もり、{{region}}（{{currency}}、料金表の日付 {{asOf}}）',
  },
  'report.total': { en: 'Total: {{currency}} {{amount}} a month', ja: '合計: {{usd}}/月' },
  'report.no-price': { en: 'no price', ja: '料金なし' },
  'report.not-counted': {
    en: 'Not counted in the total (no price in the table):',
    ja: '合計に含めていない項目（料金表に料金がありません）:',
  },
  'report.confidence': {
    en: 'Confidence: A stated by AWS, B quoted by dated sources citing AWS, C not confirmed; * assumed quantity or price.',
    ja: '信頼度: A は AWS が明示、B は AWS を引用した日付のある情報源による、C は未確認。* は数量または料金を想定した項目です。',
  },
  'report.assumptions': {
    en: 'Assumptions (change with --assume name=value): {{list}}',
    ja: '前提条件（--assume 名前=値 で変更）: {{list}}',
  },
  'report.source': { en: 'Source: {{source}}', ja: '出典: {{source}}' },
  'source.reference': {
    en: 'EKS Sandbox pricing reference (pricing.md), compiled from AWS pricing pages and dated secondary sources',
    ja: 'EKS Sandbox の料金リファレンス（pricing.md）。AWS の料金ページと日付のある二次情報源から作成',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type CostTextId = keyof typeof COST_TEXTS;

/**
 * The units of the price table, in each language; a unit not listed (a new row) shows as written. Keyed by the
 * unit as PriceRow.unit spells it.
 */
export const COST_UNITS: Readonly<Record<string, Record<Language, string>>> = {
  'instance-hour': { en: 'instance-hour', ja: 'インスタンス時間' },
  'cluster-hour': { en: 'cluster-hour', ja: 'クラスター時間' },
  'vCPU-hour': { en: 'vCPU-hour', ja: 'vCPU 時間' },
  'GB-hour': { en: 'GB-hour', ja: 'GB 時間' },
  'ALB-hour': { en: 'ALB-hour', ja: 'ALB 時間' },
  'LCU-hour': { en: 'LCU-hour', ja: 'LCU 時間' },
  'NLB-hour': { en: 'NLB-hour', ja: 'NLB 時間' },
  'NLCU-hour': { en: 'NLCU-hour', ja: 'NLCU 時間' },
  'gateway-hour': { en: 'gateway-hour', ja: 'ゲートウェイ時間' },
  GB: { en: 'GB', ja: 'GB' },
  'endpoint-AZ-hour': { en: 'endpoint-AZ-hour', ja: 'エンドポイント AZ 時間' },
  'GB-month': { en: 'GB-month', ja: 'GB 月' },
  'instance-month': { en: 'instance-month', ja: 'インスタンス月' },
  'hosted-zone-month': { en: 'hosted-zone-month', ja: 'ホストゾーン月' },
  'million requests': { en: 'million requests', ja: '百万リクエスト' },
  pod: { en: 'pod', ja: 'Pod' },
};

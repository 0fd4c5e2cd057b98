/**
 * The Japanese terms the app uses, each with the variants it replaces and where the choice comes from.
 *
 * Provenance: terms chosen from AWS Japan's documentation (docs.aws.amazon.com/ja_jp/..., pages named in
 * `source`), the project's glossary (../shared/reference/glossary-ja.md) and the Japanese EKS study notes the app
 * grew from (../shared/reference/000_95051c56ec91dc82.txt). Only the words are taken, no sentences.
 *
 * `shared/i18n/terminology.test.ts` fails when a Japanese string in the shipped sources (renderer/, shared/, cli/,
 * electron/, templates/) contains a replaced variant, so a term chosen here stays chosen. A replaced variant is
 * searched for as a regular expression inside each Japanese string literal only (English texts and ids are not
 * touched), so list only variants that are wrong wherever they appear in Japanese.
 */

/** One row of the table. */
export interface Term {
  /** The word the app writes. */
  readonly ja: string;
  /** The English it stands for, to find the row. */
  readonly en: string;
  /** Spellings or synonyms the app does not write (regular-expression sources, most of them plain words). */
  readonly replaces: readonly string[];
  /** Why this word: an AWS Japan page, the glossary or the study notes. */
  readonly source: string;
}

const EKS_JA = 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/';

export const TERMS: readonly Term[] = [
  {
    ja: 'Pod',
    en: 'Pod',
    replaces: ['ポッド'],
    source: 'glossary-ja.md; the study notes write Pod (never ポッド); Kubernetes object names stay in English',
  },
  {
    ja: '修正方法',
    en: 'fix (of a finding)',
    replaces: ['対処'],
    source: 'glossary-ja.md: fix = 修正方法',
  },
  {
    ja: 'ロードバランサー',
    en: 'load balancer',
    // The right word begins with the variant, so the variant counts only when no 「ー」 follows.
    replaces: ['ロードバランサ(?!ー)'],
    source: 'glossary-ja.md: load balancer = ロードバランサー',
  },
  {
    ja: 'サービスディスカバリー',
    en: 'service discovery',
    replaces: ['サービスディスカバリ(?!ー)'],
    source: 'glossary-ja.md: service discovery = サービスディスカバリー',
  },
  {
    ja: 'アベイラビリティーゾーン',
    en: 'Availability Zone',
    replaces: ['アベイラビリティゾーン'],
    source: `${EKS_JA}managed-node-groups.html（「定義された複数のアベイラビリティーゾーンで実行できます」）`,
  },
  {
    ja: 'マネージド型ノードグループ',
    en: 'managed node group',
    replaces: ['マネージドノードグループ'],
    source: `${EKS_JA}managed-node-groups.html（「Amazon EKS マネージド型ノードグループ」）`,
  },
  {
    ja: 'カスタマーマネージドキー',
    en: 'customer managed key (AWS KMS)',
    replaces: ['カスタマー管理の KMS キー', 'カスタマー管理 KMS キー', '自分の KMS キー'],
    source: 'https://docs.aws.amazon.com/ja_jp/kms/latest/developerguide/concepts.html（カスタマーマネージドキー）',
  },
  {
    ja: 'アクセスエントリ',
    en: 'access entry',
    replaces: ['アクセスエントリー'],
    source: `${EKS_JA}migrating-access-entries.html（「既存の aws-auth ConfigMap エントリをアクセスエントリに移行する」）`,
  },
  {
    ja: 'EKS Pod Identity エージェント',
    en: 'EKS Pod Identity Agent',
    replaces: ['Pod Identity Agent'],
    source: `${EKS_JA}pod-id-agent-setup.html（「Amazon EKS Pod Identity エージェントのセットアップ」）`,
  },
  {
    ja: 'タグのイミュータビリティ',
    en: 'tag immutability (Amazon ECR)',
    replaces: ['上書き禁止'],
    source:
      'https://docs.aws.amazon.com/ja_jp/AmazonECR/latest/userguide/image-tag-mutability.html（「タグのイミュータビリティをオンにする」）',
  },
  {
    ja: 'アップグレードポリシー',
    en: 'upgrade policy (supportType)',
    replaces: ['サポートの種類', 'サポートタイプ'],
    source: `${EKS_JA}view-upgrade-policy.html（クラスターのアップグレードポリシー）`,
  },
  {
    ja: 'デフォルト',
    en: 'default',
    replaces: ['既定'],
    source: `${EKS_JA}pod-id-agent-setup.html and enable-kms.html write 「デフォルトでは」`,
  },
  {
    ja: '無効',
    en: 'invalid',
    replaces: ['不正'],
    source:
      'the app wrote 無効 26 times to 10; 不正 also reads as fraudulent (不正アクセス), 無効 is the neutral word for invalid',
  },
  {
    ja: '設計',
    en: 'design (the document the app edits)',
    replaces: ['デザイン'],
    source: 'glossary-ja.md: design pattern = 設計パターン; the app wrote 設計 67 times to 6',
  },
  {
    ja: 'エクスポート',
    en: 'export',
    replaces: ['書き出'],
    source:
      'AWS Japan consoles and user guides write エクスポート for export (the app wrote 書き出す 22 times, エクスポート 8, among them the CSV menu); one word for one action',
  },
  {
    ja: 'キャパシティ',
    en: 'capacity (compute)',
    replaces: ['容量'],
    source: `${EKS_JA}managed-node-groups.html（キャパシティタイプ、スポットキャパシティプール）`,
  },
  {
    ja: 'ECR リポジトリ',
    en: 'ECR repository (a part of the design)',
    replaces: ['プライベートなコンテナレジストリ'],
    source:
      'https://docs.aws.amazon.com/ja_jp/AmazonECR/latest/userguide/Repositories.html: the registry holds repositories; the part is a repository',
  },
  {
    ja: 'アーキテクチャ',
    en: 'architecture',
    replaces: ['アーキテクチャー'],
    source: 'glossary-ja.md: microservices architecture = マイクロサービスアーキテクチャ; the app wrote it 20 times to 1',
  },
  {
    ja: 'コンテナ',
    en: 'container (a running image; a part that holds other parts is 「それを含むパーツ」)',
    replaces: ['コンテナー'],
    source: 'glossary-ja.md: container registry = コンテナレジストリ; the app wrote コンテナ 19 times to 2',
  },
  {
    ja: '〜',
    en: 'range (from … to …)',
    replaces: ['～'],
    source: "the project's style rules: 〜 (U+301C WAVE DASH) for ranges, never ～ (U+FF5E FULLWIDTH TILDE)",
  },
];

/** One regular expression per term, matching any of its replaced variants. */
export function variantPattern(term: Term): RegExp {
  return new RegExp(term.replaces.join('|'), 'g');
}

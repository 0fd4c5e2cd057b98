/**
 * The section headings of the Japanese EKS study notes that the learning mode cites, copied word for word.
 *
 * Provenance: `../shared/reference/000_95051c56ec91dc82.txt` (the project's study notes on Amazon EKS, reference
 * material that is not shipped), section headings only, copied 2026-12-06. The notes carry no license notice of
 * their own; only these headings are copied, as citations, and every explanation is the app's own text.
 * learn.test.ts checks each heading against the notes when that file is present.
 */
export const NOTES_HEADINGS = [
  '2.1 Kubernetes ベースのコンテナオーケストレーション',
  '2.2 フルマネージドコントロールプレーン',
  '2.3 柔軟なワーカーノード構成',
  '2.4 ロードバランシング',
  '2.5 自動スケーリング',
  '2.6 サービスディスカバリー',
  '2.7 統合性と拡張性',
  '3. アーキテクチャおよび技術要素',
  '4. セキュリティと認証・認可',
  '5. 料金形態',
  '6. よくあるアーキテクチャ・設計パターン',
  '8.2 フルマネージドコントロールプレーン',
  '8.3 柔軟なワーカーノード構成',
  '8.4 ロードバランシング',
  '8.5 自動スケーリング',
  '8.6 サービスディスカバリー',
  '8.7 料金体系',
] as const;

export type NotesHeading = (typeof NOTES_HEADINGS)[number];

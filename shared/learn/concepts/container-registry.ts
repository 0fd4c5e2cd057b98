/** Amazon ECR, where the design's images come from. */
import type { ConceptInput } from '../schema.js';

export const containerRegistry: ConceptInput = {
  id: 'container-registry',
  title: { en: 'Container registry: Amazon ECR', ja: 'コンテナレジストリ: Amazon ECR' },
  summary: {
    en: 'Images are pushed to a container registry such as Amazon ECR and pulled by the nodes (or Fargate) when Pods start.',
    ja: 'イメージは Amazon ECR などのコンテナレジストリにプッシュされ、Pod の起動時にノード（または Fargate）が取得します。',
  },
  points: {
    en: [
      'Nodes pull with the node IAM role, Fargate with the Pod execution role; both need ECR read permissions.',
      'Scan on push finds known vulnerabilities; tag immutability stops a tag (such as 1.4.2) from being overwritten; a lifecycle policy deletes old images.',
      'Storage is billed per GB-month; pulls by EC2 or Fargate in the same Region cost no data transfer, but from private subnets they pass the NAT gateway (billed per GB) unless ECR and S3 VPC endpoints are there.',
    ],
    ja: [
      'ノードはノードの IAM ロールで、Fargate は Pod 実行ロールでイメージを取得します。どちらも ECR の読み取り権限が必要です。',
      'プッシュ時のスキャンで既知の脆弱性を見つけ、タグのイミュータビリティで 1.4.2 のようなタグの上書きを防ぎ、ライフサイクルポリシーで古いイメージを削除します。',
      'ストレージは GB 月単位で課金されます。同じリージョンの EC2 や Fargate からの取得にデータ転送料金はかかりませんが、プライベートサブネットからは、ECR と S3 の VPC エンドポイントがなければ NAT ゲートウェイ（GB 単位で課金）を通ります。',
    ],
  },
  examTip: {
    en: 'First step of the EKS flow: push the image to a registry (ECR), then deploy a manifest that names it.',
    ja: 'EKS の流れの最初の手順は、イメージをレジストリ（ECR）にプッシュし、それを指定したマニフェストをデプロイすることです。',
  },
  notes: ['3. アーキテクチャおよび技術要素'],
  docs: [
    {
      title: { en: 'What is Amazon ECR?', ja: 'Amazon ECR とは' },
      en: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/what-is-ecr.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/AmazonECR/latest/userguide/what-is-ecr.html',
    },
  ],
  related: ['architecture', 'networking', 'pricing'],
};

/** How Pods get AWS permissions (IRSA, Pod Identity) and how people get into the cluster. */
import type { ConceptInput } from '../schema.js';

export const podIam: ConceptInput = {
  id: 'pod-iam',
  title: {
    en: 'Security: IRSA vs EKS Pod Identity, access and encryption',
    ja: 'セキュリティ: IRSA と EKS Pod Identity、アクセス制御、暗号化',
  },
  summary: {
    en: "Give each Pod its own IAM role through its service account, with IRSA or EKS Pod Identity, instead of the node's role that every Pod on the node would share.",
    ja: 'ノードのロール（ノード上のすべての Pod が共有してしまう）ではなく、IRSA または EKS Pod Identity を使って、サービスアカウント経由で Pod ごとに専用の IAM ロールを与えます。',
  },
  points: {
    en: [
      "IRSA (IAM roles for service accounts): the cluster's OIDC provider is registered in IAM; the role's trust policy names that provider and the service account; the service account is annotated with the role ARN. Works on EC2 and Fargate. Each cluster has its own OIDC issuer, so using one role in many clusters means editing its trust policy.",
      'EKS Pod Identity: install the EKS Pod Identity Agent add-on (a DaemonSet on the nodes) and create a Pod Identity association (cluster, namespace, service account, role) through the EKS API. The role trusts pods.eks.amazonaws.com, no OIDC provider is needed, and the same role works in any cluster. Not available for Pods on Fargate.',
      'Who may use the cluster: IAM principals are mapped to Kubernetes permissions by access entries (or the older aws-auth ConfigMap), and Kubernetes RBAC decides what they may do inside.',
      'Encrypt Kubernetes Secrets with a customer managed KMS key (envelope encryption), keep the API endpoint private or restricted, and control traffic with security groups.',
    ],
    ja: [
      'IRSA（サービスアカウントの IAM ロール）: クラスターの OIDC プロバイダーを IAM に登録し、ロールの信頼ポリシーでそのプロバイダーとサービスアカウントを指定し、サービスアカウントにロールの ARN を注釈として付けます。EC2 でも Fargate でも使えます。OIDC 発行者はクラスターごとに異なるため、1 つのロールを複数のクラスターで使うには信頼ポリシーの編集が必要です。',
      'EKS Pod Identity: EKS Pod Identity エージェントのアドオン（ノード上の DaemonSet）を入れ、EKS API で Pod Identity の関連付け（クラスター、名前空間、サービスアカウント、ロール）を作ります。ロールは pods.eks.amazonaws.com を信頼し、OIDC プロバイダーは不要で、同じロールをどのクラスターでも使えます。Fargate 上の Pod では使えません。',
      'クラスターを使える人: IAM プリンシパルはアクセスエントリ（または従来の aws-auth ConfigMap）で Kubernetes の権限に対応付けられ、クラスター内で何ができるかは Kubernetes の RBAC が決めます。',
      'Kubernetes の Secret はカスタマーマネージドキー（KMS）でエンベロープ暗号化し、API エンドポイントはプライベートにするかアクセス元を絞り、通信はセキュリティグループで制御します。',
    ],
  },
  examTip: {
    en: 'Pods on Fargate need AWS permissions: IRSA (Pod Identity needs the agent DaemonSet, which Fargate cannot run).',
    ja: 'Fargate 上の Pod に AWS の権限が必要なら IRSA（Pod Identity はエージェントの DaemonSet が必要で、Fargate では動かせません）。',
  },
  notes: ['4. セキュリティと認証・認可'],
  docs: [
    {
      title: { en: 'EKS Pod Identity', ja: 'EKS Pod Identity について' },
      en: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/pod-identities.html',
    },
    {
      title: { en: 'IAM roles for service accounts', ja: 'サービスアカウントの IAM ロール' },
      en: 'https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/iam-roles-for-service-accounts.html',
    },
    {
      title: { en: 'Access entries', ja: 'アクセスエントリ' },
      en: 'https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/access-entries.html',
    },
  ],
  related: ['add-ons', 'ec2-vs-fargate', 'control-plane'],
};

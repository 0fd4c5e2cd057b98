/**
 * Karpenter in a cluster without internet egress, which eksctl installs as it would anywhere else.
 *
 * Facts (Karpenter's getting-started guide, "Private Clusters"; chart values.yaml `settings.isolatedVPC`, passed
 * to the controller as ISOLATED_VPC; eksctl pkg/karpenter/karpenter.go, which never sets it):
 * - Without `settings.isolatedVPC: true` Karpenter calls the AWS Price List API, which has no VPC endpoint.
 * - An EC2NodeClass `role` makes Karpenter create the nodes' instance profile through the IAM API, which has no
 *   VPC endpoint either; `instanceProfile` names one instead, and eksctl creates one for Karpenter
 *   (karpenterInstanceProfileName).
 * Shared by the export (a comment for whoever deploys with cluster.yaml alone), the deployment bundle
 * (shared/deploy/controllers.ts) and the manifests (shared/manifests/karpenter.ts).
 */
import { KARPENTER_CHART_REPO } from '../deploy/chart-versions.js';
import type { ExportNote } from '../eksctl/config-types.js';
import { karpenterInstanceProfileName } from './karpenter-access.js';

/**
 * The comment on `karpenter.version` of a cluster without internet egress. `egressUnknown`: a fully-private cluster in
 * an existing VPC, whose routes eksctl leaves as they are (configEgress); the comment then names the assumption.
 */
export function isolatedKarpenterNote(clusterName: string, karpenter: { version?: unknown }, egressUnknown = false): ExportNote {
  const command = [
    ` helm upgrade karpenter ${KARPENTER_CHART_REPO}/karpenter --version ${String(karpenter.version)} --namespace karpenter \\`,
    '   --reuse-values --set settings.isolatedVPC=true --wait',
  ].join('\n');
  const profile = karpenterInstanceProfileName(clusterName, karpenter);
  return {
    path: ['karpenter', 'version'],
    text: [
      egressUnknown
        ? ' Fully private in an existing VPC, whose routes eksctl leaves as they are: assuming no internet egress, Karpenter must not call the AWS Price List API or IAM, which have no VPC endpoints (this works with egress too).'
        : ' No internet egress: Karpenter must not call the AWS Price List API or IAM, which have no VPC endpoints.',
      " Once eksctl has installed Karpenter (the deployment bundle's deploy.sh does this):",
      command,
      ` and give the EC2NodeClass instanceProfile: ${profile} (created by eksctl) instead of role.`,
    ].join('\n'),
    ja: [
      egressUnknown
        ? ' 既存の VPC 内の完全プライベートクラスター（eksctl は VPC のルートを変更しません）: インターネットへの出口がないものとして、Karpenter が VPC エンドポイントのない AWS Price List API と IAM を呼び出さないようにします（出口がある場合もこの設定で動作します）。'
        : ' インターネットへの出口なし: Karpenter は VPC エンドポイントのない AWS Price List API と IAM を呼び出せません。',
      ' eksctl が Karpenter をインストールした後に、次を実行してください（デプロイバンドルの deploy.sh が行います）:',
      command,
      ` EC2NodeClass には role ではなく instanceProfile: ${profile}（eksctl が作成）を指定してください。`,
    ].join('\n'),
  };
}

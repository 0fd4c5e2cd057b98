import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { addonRoleAtCreation } from '../../facts/addon-service-accounts.js';
import { objects } from '../../facts/config-values.js';

/** The one add-on whose service account eksctl knows (getKnownServiceAccountLocation): kube-system/aws-node. */
const SCOPED = 'vpc-cni';

/**
 * eksctl writes the trust policy of the IRSA roles it creates. For `iam.serviceAccounts` it conditions on the
 * account (`:sub` = system:serviceaccount:<ns>:<name>) and the audience. For an EKS add-on it knows the account only
 * of vpc-cni; every other add-on's role trusts the cluster's OIDC provider with the audience condition alone
 * (pkg/cfn/builder/iam.go makeAssumeRolePolicyDocument, pkg/actions/addon/create.go createRoleForIRSA), so any
 * service account of the cluster can assume it. eksctl creates such a role, with `iam.withOIDC`, from an add-on's
 * IRSA policies (unless it names serviceAccountRoleARN or has pod identity associations), and from its recommended
 * policies for the EBS and EFS CSI drivers when the entry has no IAM settings and no default pod identity roles.
 */
export const irsaTrustScope = defineConfigRule({
  id: 'sec.irsa-trust-scope',
  severity: 'warning',
  area: 'security',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html',
  text: {
    en: {
      message:
        "eksctl creates the IRSA role of add-on {{addon}} of cluster {{cluster}} with a trust policy that checks only the token's audience (sts.amazonaws.com), not its service account (eksctl scopes only vpc-cni's role to kube-system/aws-node): any service account of the cluster can assume this role and use its permissions.",
      fix: "Give {{addon}} its role through EKS Pod Identity instead (useDefaultPodIdentityAssociations: true with the eks-pod-identity-agent add-on; on the canvas, set the cluster's IAM for controllers to EKS Pod Identity), or create the role yourself with a trust policy that also conditions on the service account (<issuer>:sub = system:serviceaccount:<namespace>:<name>) and pass it as serviceAccountRoleARN.",
    },
    ja: {
      message:
        'eksctl はクラスター {{cluster}} のアドオン {{addon}} の IRSA ロールを、トークンのオーディエンス（sts.amazonaws.com）だけを確認し、サービスアカウントを確認しない信頼ポリシーで作成します（eksctl がサービスアカウントを条件に含めるのは、kube-system/aws-node に対する vpc-cni のロールだけです）。クラスターのどのサービスアカウントもこのロールを引き受け、その権限を使えます。',
      fix: '{{addon}} のロールは EKS Pod Identity で渡してください（eks-pod-identity-agent アドオンと併せて useDefaultPodIdentityAssociations: true。キャンバスではクラスターのコントローラーの IAM を EKS Pod Identity にします）。または、サービスアカウントも条件にした信頼ポリシー（<issuer>:sub = system:serviceaccount:<名前空間>:<名前>）でロールを自分で作成し、serviceAccountRoleARN に指定してください。',
    },
  },
  needs: ['iam.withOIDC'],
  checkConfig({ config }) {
    if (config.iam?.withOIDC !== true) return [];
    const out: ConfigFinding[] = [];
    for (let n = 0, items = objects(config.addons); n < items.length; n++) {
      const addon = items[n]![0];
      const i = items[n]![1];
      const name = typeof addon['name'] === 'string' ? addon['name'].toLowerCase() : '';
      if (name === SCOPED) continue;
      const source = addonRoleAtCreation(config, addon);
      if (source === 'irsa-policies' || source === 'recommended-irsa')
        out.push({ path: ['addons', i], params: { addon: String(addon['name']) } });
    }
    return out;
  },
});

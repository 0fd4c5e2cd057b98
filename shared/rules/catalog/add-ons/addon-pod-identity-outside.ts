import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { ADDON_SERVICE_ACCOUNTS, addonHasIrsa, addonRoleAtCreation } from '../../facts/addon-service-accounts.js';
import { filled, isObj } from '../../facts/config-values.js';

/**
 * An association under iam.podIdentityAssociations for the service account of an add-on the same config
 * creates. `eksctl create cluster` creates the add-ons (and waits for them) before it creates
 * iam.podIdentityAssociations (pkg/ctl/create/cluster.go), and EKS puts Pod Identity credentials only into
 * Pods created after the association exists (CreatePodIdentityAssociation sets them as the Pod is admitted).
 * So the add-on's controller starts and keeps running with the node role, which lacks its permissions (EBS
 * volumes are not provisioned, EFS mounts fail), until its Pods are restarted. Only when the add-on gets no
 * role of its own at creation (addonRoleAtCreation): its associations, its IRSA role, the default associations
 * (two associations for one service account are sec.pod-identity-duplicate's error), or, with iam.withOIDC, the
 * IRSA role eksctl creates with the recommended policies of the EBS and EFS CSI drivers; the S3 CSI driver and
 * the CloudWatch add-on have none, so OIDC alone does not help them. IRSA settings without OIDC, which eksctl
 * skips, are eksctl.addon-irsa-oidc's finding. vpc-cni is left out: aws-node then runs with the node role, to
 * which eksctl adds AmazonEKS_CNI_Policy when OIDC is off.
 */
export const addonPodIdentityOutside = defineConfigRule({
  id: 'addon.pod-identity-outside-addon',
  severity: 'warning',
  area: 'add-ons',
  source: 'https://docs.aws.amazon.com/eks/latest/eksctl/pod-identity-associations.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} gives {{serviceAccount}}, the service account of the {{addon}} add-on, its role at {{path}}, outside the add-on: eksctl creates iam.podIdentityAssociations only after the add-ons, and EKS Pod Identity gives credentials only to Pods created after the association, so the add-on runs with the node role, without these permissions, until its Pods are restarted.',
      fix: "Move the association to the add-on: remove it from {{path}} (kept beside the add-on's own, it is a second association for the same service account) and set useDefaultPodIdentityAssociations: true on {{addon}} (eksctl creates the recommended role), or list it under the add-on's podIdentityAssociations with the same role. Otherwise restart the add-on's Pods after eksctl create cluster (kubectl rollout restart).",
    },
    ja: {
      message:
        'クラスター {{cluster}} は {{addon}} アドオンのサービスアカウント {{serviceAccount}} のロールをアドオンの外（{{path}}）で指定しています。eksctl は iam.podIdentityAssociations をアドオンの作成後に作成し、EKS Pod Identity は関連付けの後に作成された Pod にしか認証情報を渡さないため、アドオンは Pod を再起動するまで、これらの権限を持たないノードのロールで動作します。',
      fix: '関連付けをアドオンに移してください。{{path}} から削除し（アドオンの関連付けと並べて残すと、同じサービスアカウントの 2 つ目の関連付けになります）、{{addon}} に useDefaultPodIdentityAssociations: true を指定する（eksctl が推奨のロールを作成します）か、同じロールをアドオンの podIdentityAssociations に指定します。そのままにする場合は、eksctl create cluster の後でアドオンの Pod を再起動してください（kubectl rollout restart）。',
    },
  },
  needs: ['iam'],
  checkConfig({ config }) {
    const pias: unknown = config.iam?.podIdentityAssociations;
    const addons: unknown = config.addons;
    if (!Array.isArray(pias) || pias.length === 0 || !Array.isArray(addons)) return [];
    const out: ConfigFinding[] = [];
    for (let a = 0; a < addons.length; a++) {
      const addon: unknown = addons[a];
      if (!isObj(addon) || !filled(addon['name'])) continue;
      const name = addon['name'];
      if (name === 'vpc-cni') continue;
      const accounts = ADDON_SERVICE_ACCOUNTS[name];
      if (accounts === undefined || addonHasIrsa(addon) || addonRoleAtCreation(config, addon) !== undefined) continue;
      for (let i = 0; i < pias.length; i++) {
        const pia: unknown = pias[i];
        if (!isObj(pia)) continue;
        for (let k = 0; k < accounts.length; k++) {
          const account = accounts[k]!;
          if (pia['namespace'] !== account.namespace || pia['serviceAccountName'] !== account.serviceAccount) continue;
          out.push({
            path: ['iam', 'podIdentityAssociations', i],
            params: { addon: name, serviceAccount: `${account.namespace}/${account.serviceAccount}` },
          });
        }
      }
    }
    return out;
  },
});

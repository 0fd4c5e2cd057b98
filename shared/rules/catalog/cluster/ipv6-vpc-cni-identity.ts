import { defineConfigRule } from '../../config-rule.js';
import { isIpv6 } from '../../facts/config-network.js';
import { addonNames } from './ipv6-addons.js';

/**
 * eksctl-rules.md #35: on an IPv6 cluster without Auto Mode, a listed vpc-cni add-on needs credentials for
 * its IPv6 policy: an OIDC provider, or the Pod Identity agent with an association for the VPC CNI.
 */
export const ipv6VpcCniIdentity = defineConfigRule({
  id: 'eksctl.ipv6-vpc-cni-identity',
  severity: 'error',
  area: 'cluster',
  eksctl: [35],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is IPv6, and its vpc-cni add-on has no way to get AWS credentials; eksctl refuses it ("{{eksctl}}").',
      fix: 'For {{cluster}}, add the eks-pod-identity-agent add-on and set useDefaultPodIdentityAssociations: true on vpc-cni, or set iam.withOIDC: true.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は IPv6 ですが、vpc-cni アドオンが AWS の認証情報を得る手段がありません。eksctl はこれを拒否します（「{{eksctl}}」）。',
      fix: '{{cluster}} に eks-pod-identity-agent アドオンを追加して vpc-cni に useDefaultPodIdentityAssociations: true を設定するか、iam.withOIDC: true を設定してください。',
    },
  },
  needs: ['kubernetesNetworkConfig'],
  checkConfig({ config }) {
    if (!isIpv6(config) || config.autoModeConfig?.enabled === true) return [];
    const names = addonNames(config);
    // Without CoreDNS eksctl stops earlier (eksctl.ipv6-core-addons).
    if (!names.lower.has('coredns')) return [];
    const cni = names.exact('vpc-cni');
    if (!cni) return [];
    const path = ['addons', cni.index];
    if (!names.lower.has('eks-pod-identity-agent')) {
      if (config.iam?.withOIDC === true) return [];
      return [
        {
          path,
          params: {
            eksctl: 'either pod identity or oidc needs to be enabled if IPv6 is set; set either one or use EKS Auto Mode',
          },
        },
      ];
    }
    if (config.addonsConfig?.autoApplyPodIdentityAssociations === true) return [];
    if (cni.addon['useDefaultPodIdentityAssociations'] === true) return [];
    const associations = cni.addon['podIdentityAssociations'];
    if (Array.isArray(associations) && associations.length > 0) return [];
    return [
      {
        path,
        params: {
          eksctl:
            'Set one of: addonsConfig.autoApplyPodIdentityAssociations, useDefaultPodIdentityAssociations on the vpc-cni addon, apply a custom pod identity on the vpc-cni addon',
        },
      },
    ];
  },
});

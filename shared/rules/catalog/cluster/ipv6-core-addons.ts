import { defineRule } from '../../define.js';

export const ipv6CoreAddons = defineRule({
  id: 'eksctl.ipv6-core-addons',
  severity: 'error',
  area: 'cluster',
  source: 'https://eksctl.io/usage/vpc-ip-family/',
  text: {
    en: {
      message: 'Cluster {{cluster}} is IPv6, and eksctl then requires {{missing}}.',
      fix: 'Turn on the add-ons {{missing}} for cluster {{cluster}} (instead of the Pod Identity agent, the VPC CNI may use IRSA).',
    },
    ja: {
      message: 'クラスター {{cluster}} は IPv6 のため、eksctl では {{missing}} が必要です。',
      fix: 'クラスター {{cluster}} でアドオン {{missing}} を有効にしてください（VPC CNI は Pod Identity エージェントの代わりに IRSA も使えます）。',
    },
  },
  check(index) {
    return index.ofKind('cluster').flatMap((c) => {
      if (c.props.ipFamily !== 'IPv6') return [];
      const { addons, controllerIdentity } = c.props;
      const missing = [
        ...(addons.coreDns ? [] : ['coredns']),
        // The VPC CNI needs IAM for IPv6 address assignment: IRSA (OIDC) or the Pod Identity agent.
        ...(addons.vpcCni && !addons.podIdentityAgent && controllerIdentity !== 'irsa' ? ['eks-pod-identity-agent'] : []),
      ];
      return missing.length === 0 ? [] : [{ partIds: [c.id], params: { cluster: c.name, missing: missing.join(', ') } }];
    });
  },
});

import { defineRule } from '../../define.js';

export const ipv6CoreAddons = defineRule({
  id: 'eksctl.ipv6-core-addons',
  severity: 'error',
  area: 'cluster',
  source: 'https://eksctl.io/usage/vpc-ip-family/',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is IPv6 and leaves out the CoreDNS add-on; eksctl requires the default core add-ons for IPv6 ("missing addon(s): coredns").',
      fix: 'Turn on the CoreDNS add-on for cluster {{cluster}}.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は IPv6 ですが CoreDNS アドオンがありません。eksctl は IPv6 では既定のコアアドオンを必要とします。',
      fix: 'クラスター {{cluster}} で CoreDNS アドオンを有効にしてください。',
    },
  },
  check(index) {
    // The export gives the VPC CNI the IAM IPv6 needs (pod identity or OIDC) itself; CoreDNS is the design's choice.
    return index
      .ofKind('cluster')
      .filter((c) => c.props.ipFamily === 'IPv6' && !c.props.addons.coreDns)
      .map((c) => ({ partIds: [c.id], params: { cluster: c.name } }));
  },
});

import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isGoCidr, isIpv6 } from '../../facts/config-network.js';

/**
 * EKS takes IPv6 blocks in publicAccessCidrs only for IPv6 clusters, whose public endpoint is dual-stack (API
 * reference, VpcConfigRequest: "You can't add IPv6 CIDR blocks to IPv4 clusters"). eksctl parses the list with
 * Go's net.ParseCIDR, which takes both families, and passes it on: CreateCluster fails. Blocks that do not parse
 * are eksctl.vpc-cidr-lists'.
 */
export const publicAccessCidrsIpv6 = defineConfigRule({
  id: 'cluster.public-access-cidrs-ipv6',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_VpcConfigRequest.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is IPv4, but vpc.publicAccessCIDRs lists the IPv6 block {{value}}: EKS refuses it ("You can\'t add IPv6 CIDR blocks to IPv4 clusters"), so the cluster is not created.',
      fix: 'Remove {{value}} from vpc.publicAccessCIDRs of {{cluster}} (its public endpoint is reachable over IPv4 only), or make the cluster IPv6 (kubernetesNetworkConfig.ipFamily: IPv6).',
    },
    ja: {
      message:
        "クラスター {{cluster}} は IPv4 ですが、vpc.publicAccessCIDRs に IPv6 のブロック {{value}} があります。EKS はこれを拒否する（「You can't add IPv6 CIDR blocks to IPv4 clusters」）ため、クラスターは作成されません。",
      fix: '{{cluster}} の vpc.publicAccessCIDRs から {{value}} を削除するか（パブリックエンドポイントには IPv4 でのみアクセスできます）、クラスターを IPv6（kubernetesNetworkConfig.ipFamily: IPv6）にしてください。',
    },
  },
  needs: ['vpc.publicAccessCIDRs'],
  checkConfig({ config }) {
    const list: unknown = config.vpc?.publicAccessCIDRs;
    if (!Array.isArray(list) || isIpv6(config)) return [];
    const out: ConfigFinding[] = [];
    for (let i = 0; i < list.length; i++) {
      const value: unknown = list[i];
      // An IPv6 block is the only kind with a colon; one that does not parse is eksctl.vpc-cidr-lists'.
      if (typeof value === 'string' && value.includes(':') && isGoCidr(value))
        out.push({ path: ['vpc', 'publicAccessCIDRs', i], params: { value } });
    }
    return out;
  },
});

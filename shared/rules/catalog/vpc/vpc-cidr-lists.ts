import { defineConfigRule } from '../../config-rule.js';
import type { ConfigFinding } from '../../config-rule.js';
import { isGoCidr } from '../../facts/config-network.js';

/**
 * eksctl-rules.md #19: eksctl parses vpc.extraCIDRs, vpc.extraIPv6CIDRs and vpc.publicAccessCIDRs with Go's
 * net.ParseCIDR (validateCIDRs), which takes IPv4 and IPv6 blocks with host bits set (eksctl passes on the block:
 * 203.0.113.5/24 becomes 203.0.113.0/24). What EKS then takes of the public access blocks is
 * cluster.public-access-cidrs-ipv6's and cluster.vpc-config-quotas'.
 */
export const vpcCidrLists = defineConfigRule({
  id: 'eksctl.vpc-cidr-lists',
  severity: 'error',
  area: 'vpc',
  eksctl: [19],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}}: {{path}} is "{{value}}", which is not a CIDR block; eksctl refuses it ("invalid CIDR address: {{value}}").',
      fix: 'Write {{path}} of {{cluster}} as a CIDR block such as 100.64.0.0/16 (IPv4) or 2600:1f14::/56 (IPv6).',
    },
    ja: {
      message:
        'クラスター {{cluster}} の {{path}} は「{{value}}」で、CIDR ブロックではありません。eksctl はこれを拒否します（「invalid CIDR address: {{value}}」）。',
      fix: '{{cluster}} の {{path}} を 100.64.0.0/16（IPv4）や 2600:1f14::/56（IPv6）のような CIDR ブロックで書いてください。',
    },
  },
  needs: ['vpc.extraCIDRs', 'vpc.extraIPv6CIDRs', 'vpc.publicAccessCIDRs'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    for (const field of ['extraCIDRs', 'extraIPv6CIDRs', 'publicAccessCIDRs'] as const) {
      const list: unknown = config.vpc?.[field];
      if (!Array.isArray(list)) continue;
      list.forEach((value: unknown, i) => {
        if (typeof value === 'string' && !isGoCidr(value)) out.push({ path: ['vpc', field, i], params: { value } });
      });
    }
    return out;
  },
});

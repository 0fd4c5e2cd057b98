import { defineConfigRule } from '../../config-rule.js';
import { isIpv6, nonEmpty } from '../../facts/config-network.js';

/** eksctl-rules.md #22: vpc.ipv6Cidr and vpc.ipv6Pool (v1alpha5/validation.go:ValidateVPCConfig, ipv6CidrsValid). */
export const ipv6CidrPool = defineConfigRule({
  id: 'eksctl.ipv6-cidr-pool',
  severity: 'error',
  area: 'vpc',
  eksctl: [22],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message: 'Cluster {{cluster}} sets {{path}} in a way eksctl refuses ("{{eksctl}}").',
      fix: 'For {{cluster}}, set vpc.ipv6Cidr and vpc.ipv6Pool together, only on an IPv6 cluster whose VPC eksctl creates; otherwise remove both.',
    },
    ja: {
      message: 'クラスター {{cluster}} の {{path}} の設定は eksctl に拒否されます（「{{eksctl}}」）。',
      fix: '{{cluster}} では vpc.ipv6Cidr と vpc.ipv6Pool を、eksctl が VPC を作成する IPv6 クラスターでのみ、両方そろえて設定してください。それ以外では両方とも削除してください。',
    },
  },
  needs: ['vpc.ipv6Cidr', 'vpc.ipv6Pool'],
  checkConfig({ config }) {
    const cidr = nonEmpty(config.vpc?.ipv6Cidr);
    const pool = nonEmpty(config.vpc?.ipv6Pool);
    if (!cidr && !pool) return [];
    const path = ['vpc', cidr ? 'ipv6Cidr' : 'ipv6Pool'];
    if (!isIpv6(config))
      return [{ path, params: { eksctl: 'Ipv6Cidr and Ipv6CidrPool are only supported when IPFamily is set to IPv6' } }];
    if (!cidr || !pool)
      return [
        { path, params: { eksctl: 'Ipv6Cidr and Ipv6Pool must both be configured to use a custom IPv6 CIDR and address pool' } },
      ];
    if (nonEmpty(config.vpc?.id))
      return [{ path, params: { eksctl: 'cannot provide VPC.IPv6Cidr when using a pre-existing VPC.ID' } }];
    return [];
  },
});

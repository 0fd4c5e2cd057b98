import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { parseCidr } from '../../../util/cidr.js';
import { eksctlLaysOutSubnets } from '../../../export/map-network.js';

export const vpcCidrPrefix = defineRule({
  id: 'eksctl.vpc-cidr-prefix',
  severity: 'error',
  area: 'vpc',
  eksctl: [15],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/vpc/vpc.go',
  text: {
    en: {
      message:
        'VPC {{vpc}} is {{cidr}}, but eksctl lays out the subnets of a VPC it creates only for CIDR prefixes /16 to /24 ("VPC CIDR prefix must be between /16 and /24").',
      fix: 'Give VPC {{vpc}} a /16 to /24 CIDR block, or reuse an existing VPC and its subnets by id.',
    },
    ja: {
      message:
        'VPC {{vpc}} は {{cidr}} ですが、eksctl が自分で作成する VPC のサブネットを割り当てられるのは CIDR プレフィックス /16〜/24 の場合だけです（「VPC CIDR prefix must be between /16 and /24」）。',
      fix: 'VPC {{vpc}} に /16〜/24 の CIDR ブロックを指定するか、既存の VPC とサブネットを ID で再利用してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per vpc on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const vpcs = index.ofKind('vpc');
    for (let i = 0; i < vpcs.length; i++) {
      const vpc = vpcs[i]!;
      // eksctl splits the CIDR of every VPC it creates, drawn subnets or not (they are not written).
      if (!eksctlLaysOutSubnets(vpc, index.childrenOfKind(vpc, 'subnet')) || index.childrenOfKind(vpc, 'cluster').length === 0)
        continue;
      const cidr = parseCidr(vpc.props.cidr);
      // Prefixes outside /16-/28 are reported by vpc.cidr-size-range already.
      if (!cidr || cidr.prefix <= 24 || cidr.prefix > 28) continue;
      findings.push({ partIds: [vpc.id], params: { vpc: vpc.name, cidr: cidr.text } });
    }
    return findings;
  },
});

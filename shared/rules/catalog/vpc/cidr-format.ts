import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { parseCidr } from '../../../util/cidr.js';

/**
 * CIDR fields eksctl reads as IPv4 blocks. vpc.publicAccessCIDRs is not one of them: eksctl parses it with Go's
 * net.ParseCIDR (IPv4 or IPv6, host bits allowed) and hands EKS the block; eksctl.vpc-cidr-lists checks it.
 */
export const cidrFormat = defineRule({
  id: 'eksctl.cidr-format',
  severity: 'error',
  area: 'vpc',
  eksctl: [34],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/utils/ipnet/ipnet.go',
  text: {
    en: {
      message: '{{field}} of {{name}} is "{{value}}", which is not an IPv4 CIDR block (a.b.c.d/n with the host bits zero).',
      fix: 'Write {{field}} of {{name}} as an IPv4 CIDR block such as 10.0.0.0/16.',
    },
    ja: {
      message: '{{name}} の {{field}} は「{{value}}」で、IPv4 の CIDR ブロック（ホスト部が 0 の a.b.c.d/n）ではありません。',
      fix: '{{name}} の {{field}} を 10.0.0.0/16 のような IPv4 の CIDR ブロックで書いてください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    const test = (partId: string, name: string, field: string, value: string) => {
      if (!parseCidr(value)) findings.push({ partIds: [partId], params: { name, field, value } });
    };
    // An existing VPC given only by id has no CIDR in the design: eksctl looks it up in AWS. A subnet without a
    // CIDR has none in the file either, so there is nothing for eksctl to parse: eksctl looks an existing one up
    // by id, or by zone in a VPC given by id ("a subnet in that AZ will be chosen from the VPC", eksctl's
    // vpc-subnet-settings page), and lays out the subnets of a VPC it builds itself; where neither works,
    // eksctl.subnets-without-vpc-id says why.
    for (const vpc of index.ofKind('vpc')) {
      if (!(index.isExistingVpc(vpc) && vpc.props.cidr === '')) test(vpc.id, vpc.name, 'vpc.cidr', vpc.props.cidr);
    }
    // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
    const subnets = index.ofKind('subnet');
    for (let i = 0; i < subnets.length; i++) {
      const s = subnets[i]!;
      if (s.props.cidr !== '') test(s.id, s.name, 'vpc.subnets.cidr', s.props.cidr);
    }
    for (const c of index.ofKind('cluster')) {
      if (c.props.serviceIpv4Cidr !== '') test(c.id, c.name, 'kubernetesNetworkConfig.serviceIPv4CIDR', c.props.serviceIpv4Cidr);
    }
    for (const n of index.ofKind('on-prem-network')) {
      for (const cidr of n.props.remoteNodeCidrs) test(n.id, n.name, 'remoteNetworkConfig.remoteNodeNetworks', cidr);
      for (const cidr of n.props.remotePodCidrs) test(n.id, n.name, 'remoteNetworkConfig.remotePodNetworks', cidr);
    }
    return findings;
  },
});

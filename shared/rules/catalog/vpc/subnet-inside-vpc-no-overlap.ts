import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { cidrContains, findOverlaps, parseCidr, type Ipv4Cidr } from '../../../util/cidr.js';
import { vpcCidrTexts } from '../../facts/network.js';
import type { PartOf } from '../../../model/parts.js';

// Module functions and loops rather than closures per VPC and subnet: this rule runs over every subnet on every validation.
const subnetCidr = (s: PartOf<'subnet'>) => parseCidr(s.props.cidr);

function parsedCidrs(texts: readonly string[]): Ipv4Cidr[] {
  const out: Ipv4Cidr[] = [];
  // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
  for (let k = 0; k < texts.length; k++) {
    const t = texts[k]!;
    const c = parseCidr(t);
    if (c) out.push(c);
  }
  return out;
}

function containedIn(outer: readonly Ipv4Cidr[], inner: Ipv4Cidr): boolean {
  for (let i = 0; i < outer.length; i++) {
    const o = outer[i]!;
    if (cidrContains(o, inner)) return true;
  }
  return false;
}

export const subnetInsideVpcNoOverlap = defineRule({
  id: 'vpc.subnet-inside-vpc-no-overlap',
  severity: 'error',
  area: 'vpc',
  source: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSubnet.html',
  text: {
    en: {
      message:
        'Subnet {{subnet}} ({{cidr}}) conflicts with {{other}} ({{otherCidr}}): subnet CIDR blocks must come from the CIDR blocks of their VPC and must not overlap other subnets.',
      fix: 'Re-plan the subnet CIDRs, e.g. carve one /19 per subnet out of a /16 VPC.',
    },
    ja: {
      message:
        'サブネット {{subnet}}（{{cidr}}）が {{other}}（{{otherCidr}}）と競合しています。サブネットの CIDR ブロックは VPC の CIDR ブロックの中にあり、他のサブネットと重ならない必要があります。',
      fix: 'サブネットの CIDR を計画し直してください（例: /16 の VPC から各サブネットに /19 を 1 つずつ割り当てる）。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    const vpcs = index.ofKind('vpc');
    for (let k = 0; k < vpcs.length; k++) {
      const vpc = vpcs[k]!;
      const subnets = index.childrenOfKind(vpc, 'subnet');
      // An existing subnet may sit in a secondary CIDR of an existing VPC that the design does not list.
      // In an existing VPC every subnet is one (eksctl never creates subnets there, it finds those given by
      // AZ and CIDR), and the VPC's CIDR is only known when the config says it.
      const vpcCidrs = index.isExistingVpc(vpc) ? [] : parsedCidrs(vpcCidrTexts(vpc));
      if (vpcCidrs.length > 0) {
        for (let i = 0; i < subnets.length; i++) {
          const s = subnets[i]!;
          const cidr = parseCidr(s.props.cidr);
          if (!cidr || s.props.existingSubnetId || containedIn(vpcCidrs, cidr)) continue;
          findings.push({
            partIds: [s.id, vpc.id],
            params: { subnet: s.name, cidr: cidr.text, other: vpc.name, otherCidr: vpcCidrs.map((c) => c.text).join(', ') },
          });
        }
      }
      for (const [a, b] of findOverlaps(subnets, subnetCidr)) {
        findings.push({
          partIds: [b.id, a.id],
          params: { subnet: b.name, cidr: b.props.cidr, other: a.name, otherCidr: a.props.cidr },
        });
      }
    }
    return findings;
  },
});

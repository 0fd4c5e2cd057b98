import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { privateComputeSubnets } from '../../facts/network.js';
import { isFullyPrivateCluster } from '../../../model/cluster-network.js';
import { EKSCTL_PICKED_ZONE, isEksctlPickedZone, type DesignIndex } from '../../../model/design-index.js';
import { findingPart, patchProps } from '../../fix-edits.js';
import type { PartOf } from '../../../model/parts.js';
import { byCodeUnits, sortSmall } from '../../../util/sort-small.js';

/** Clusters whose nodes' internet traffic goes through the VPC's NAT gateways: IPv4 and not fully private. */
function natEgressCluster(cluster: PartOf<'cluster'>): boolean {
  return !isFullyPrivateCluster(cluster) && cluster.props.ipFamily === 'IPv4';
}

/**
 * The AZs with a NAT gateway of a HighlyAvailable VPC, or null when no private subnet can cross to another AZ:
 * eksctl's own layout has a NAT gateway in every AZ, and with no public subnet at all there is no NAT gateway
 * to cross to (vpc.nat-gateway-placement says so). A drawn VPC has one in each AZ with a public subnet.
 */
function highlyAvailableNatZones(index: DesignIndex, vpc: PartOf<'vpc'>): Set<string> | null {
  if (index.subnetsCreatedByEksctl(vpc)) return null;
  const zones = new Set<string>();
  for (const s of index.childrenOfKind(vpc, 'subnet')) if (s.props.access === 'public') zones.add(s.props.availabilityZone);
  return zones.size === 0 ? null : zones;
}

export const natPerAz = defineRule({
  id: 'vpc.nat-per-az',
  severity: 'warning',
  area: 'vpc',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/cost-opt-networking.html',
  text: {
    en: {
      message:
        'Nodes or Fargate pods in private subnets of VPC {{vpc}} in {{azs}} send their internet traffic through a NAT gateway in another Availability Zone: that adds inter-AZ data charges and makes one AZ a single point of failure for egress.',
      fix: 'Set the NAT gateway of VPC {{vpc}} to HighlyAvailable (one per AZ) and give every AZ with private subnets a public subnet for its NAT gateway.',
    },
    ja: {
      message:
        'VPC {{vpc}} の {{azs}} にあるプライベートサブネットのワーカーノードまたは Fargate の Pod は、別のアベイラビリティーゾーンの NAT ゲートウェイを経由して通信します。AZ 間のデータ転送料金が増え、1 つの AZ が送信トラフィックの単一障害点になります。',
      fix: 'VPC {{vpc}} の NAT ゲートウェイを HighlyAvailable（AZ ごとに 1 つ）にし、プライベートサブネットのある各 AZ に NAT ゲートウェイ用のパブリックサブネットを用意してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per vpc on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const vpcs = index.ofKind('vpc');
    for (let i = 0; i < vpcs.length; i++) {
      const vpc = vpcs[i]!;
      const mode = vpc.props.natGateway;
      // Unknown (an existing VPC imported without it): nothing to say about its NAT gateways.
      if (mode === 'Disable' || mode === null) continue;
      // Decided before the subnets in use are gathered: most VPCs stop here.
      const natAzs = mode === 'Single' ? undefined : highlyAvailableNatZones(index, vpc);
      if (natAzs === null) continue;
      const uses = privateComputeSubnets(index, vpc, natEgressCluster);
      const zones = new Set<string>();
      for (const u of uses) zones.add(u.subnet.availabilityZone);
      const usedAzs = sortSmall([...zones], byCodeUnits);
      // A subnet known only by id or alias (an existing VPC's) has no zone offline: which AZs cross is unknown.
      if (usedAzs.includes('')) continue;
      // Single: the one NAT gateway sits in one AZ; the private subnets of every other AZ cross to it.
      const crossAzs = natAzs ? usedAzs.filter((az) => !natAzs.has(az)) : usedAzs.slice(1);
      if (crossAzs.length === 0) continue;
      const crossing = uses.filter((u) => crossAzs.includes(u.subnet.availabilityZone));
      const partIds = [
        vpc.id,
        ...crossing.flatMap((u) => (u.subnet.part ? [u.subnet.part.id] : [])),
        ...new Set(crossing.flatMap((u) => u.users.map((p) => p.id))),
      ];
      // Zones eksctl picks at create time have no name yet: say "AZ 2", never the internal stand-in.
      const azs = crossAzs.map((az) => (isEksctlPickedZone(az) ? `AZ ${az.slice(EKSCTL_PICKED_ZONE.length)}` : az));
      findings.push({ partIds, params: { vpc: vpc.name, azs: azs.join(', ') } });
    }
    return findings;
  },
  // The mechanical half of the advice: a single NAT gateway becomes one per AZ. (Adding public subnets
  // needs CIDRs chosen by a person, so a VPC already HighlyAvailable gets no fix.)
  fix: (design, d) =>
    patchProps(design, findingPart(design, d, 'vpc'), (props) =>
      props.natGateway === 'Single' ? { ...props, natGateway: 'HighlyAvailable' } : props,
    ),
});

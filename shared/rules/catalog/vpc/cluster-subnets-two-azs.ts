import { defineRule } from '../../define.js';
import type { EffectiveSubnet } from '../../../model/design-index.js';
import type { Finding } from '../../types.js';

/**
 * The zones of the subnets, or undefined when an existing subnet is given only by id: it has no AZ in the
 * design (eksctl looks it up), so there is nothing to check. One loop, no closure or array per cluster.
 */
function subnetZones(subnets: readonly EffectiveSubnet[]): Set<string> | undefined {
  const zones = new Set<string>();
  for (const s of subnets) {
    if (s.availabilityZone === '' && s.part?.props.existingSubnetId) return undefined;
    zones.add(s.availabilityZone);
  }
  return zones;
}

export const clusterSubnetsTwoAzs = defineRule({
  id: 'vpc.cluster-subnets-two-azs',
  severity: 'error',
  area: 'vpc',
  eksctl: [11],
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html#cluster-subnets',
  text: {
    en: {
      message:
        'EKS requires the cluster subnets to be in at least two Availability Zones; cluster {{cluster}} has subnets in {{count}}.',
      fix: 'Add a subnet in a second Availability Zone (ideally three) to the VPC of the cluster.',
    },
    ja: {
      message:
        'EKS ではクラスターのサブネットが 2 つ以上のアベイラビリティーゾーンにある必要があります。クラスター {{cluster}} のサブネットは {{count}} つのゾーンにしかありません。',
      fix: 'クラスターの VPC に別のアベイラビリティーゾーンのサブネットを追加してください（3 つが理想です）。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per cluster on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const cluster = clusters[i]!;
      const subnets = index.clusterSubnets(cluster);
      const azs = subnetZones(subnets);
      if (!azs || azs.size >= 2) continue;
      const partIds = [cluster.id, ...subnets.flatMap((s) => (s.part ? [s.part.id] : []))];
      findings.push({ partIds, params: { cluster: cluster.name, count: azs.size } });
    }
    return findings;
  },
});

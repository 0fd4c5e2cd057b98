import { defineRule } from '../../define.js';
import type { EffectiveSubnet } from '../../../model/design-index.js';
import type { Part } from '../../../model/parts.js';
import { instanceTypeInfo } from '../../../data/instance-types.js';
import { parseCidr, usableSubnetAddresses } from '../../../util/cidr.js';
import type { Finding } from '../../types.js';
import { subnetKey, subnetName } from '../../facts/network.js';

interface Demand {
  subnet: EffectiveSubnet;
  addresses: number;
  users: Part[];
}

/** Adds `perSubnet` addresses for `user` to each of `subnets` in `demand`. */
function addDemand(demand: Map<string, Demand>, subnets: readonly EffectiveSubnet[], perSubnet: number, user: Part): void {
  // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
  for (let k = 0; k < subnets.length; k++) {
    const s = subnets[k]!;
    const key = subnetKey(s);
    const d = demand.get(key);
    if (d) {
      d.addresses += perSubnet;
      d.users.push(user);
    } else demand.set(key, { subnet: s, addresses: perSubnet, users: [user] });
  }
}

/** The most pods one node of the types can run (0 when none is known): a loop, no array per node group. */
function largestMaxPods(instanceTypes: readonly string[]): number {
  let max = 0;
  for (let i = 0; i < instanceTypes.length; i++) {
    const t = instanceTypes[i]!;
    max = Math.max(max, instanceTypeInfo(t)?.maxPods ?? 0);
  }
  return max;
}

export const ipCapacityVpcCni = defineRule({
  id: 'vpc.ip-capacity-vpc-cni',
  severity: 'warning',
  area: 'vpc',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/ip-opt.html',
  text: {
    en: {
      message:
        'Subnet {{subnet}} ({{cidr}}) has {{usable}} usable addresses, but at maximum scale its nodes and pods can need {{needed}}: with the VPC CNI every pod takes a VPC address.',
      fix: 'Size node subnets for growth (eksctl uses /19), spread the node groups over more subnets, enable prefix delegation, add a secondary CIDR (e.g. 100.64.0.0/10 with custom networking) or use an IPv6 cluster.',
    },
    ja: {
      message:
        'サブネット {{subnet}}（{{cidr}}）で使えるアドレスは {{usable}} 個ですが、最大規模ではワーカーノードと Pod に {{needed}} 個必要になる可能性があります。VPC CNI では Pod ごとに VPC のアドレスを 1 つ使います。',
      fix: 'ノード用サブネットを成長に合わせて大きくする（eksctl は /19）、ノードグループをより多くのサブネットに分散する、プレフィックス委任を有効にする、セカンダリ CIDR（例: カスタムネットワーキングで 100.64.0.0/10）を追加する、または IPv6 クラスターを使ってください。',
    },
  },
  check(index) {
    const demand = new Map<string, Demand>();
    const clusters = index.ofKind('cluster');
    for (let k = 0; k < clusters.length; k++) {
      const cluster = clusters[k]!;
      if (cluster.props.ipFamily !== 'IPv4' || !cluster.props.addons.vpcCni) continue;
      const children = index.children(cluster);
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        if (child.kind === 'managed-node-group' || child.kind === 'self-managed-node-group') {
          const maxPods = largestMaxPods(child.props.instanceTypes);
          const subnets = index.nodeGroupSubnets(child);
          // Unknown instance types give no estimate rather than a guess.
          if (maxPods === 0 || subnets.length === 0) continue;
          addDemand(demand, subnets, Math.ceil(child.props.maxSize / subnets.length) * (maxPods + 1), child);
        } else if (child.kind === 'fargate-profile') {
          const subnets = index.fargateSubnets(child);
          const pods = index
            .children(child)
            .reduce((n, w) => (w.kind === 'workload' ? n + (w.props.hpa?.maxReplicas ?? w.props.replicas) : n), 0);
          if (pods > 0 && subnets.length > 0) addDemand(demand, subnets, Math.ceil(pods / subnets.length), child);
        }
      }
    }
    const findings: Finding[] = [];
    for (const d of demand.values()) {
      const cidr = parseCidr(d.subnet.cidr);
      if (!cidr) continue;
      const usable = usableSubnetAddresses(cidr);
      if (d.addresses <= usable) continue;
      findings.push({
        partIds: [...(d.subnet.part ? [d.subnet.part.id] : []), ...d.users.map((u) => u.id)],
        params: { subnet: subnetName(d.subnet), cidr: cidr.text, usable, needed: d.addresses },
      });
    }
    return findings;
  },
});

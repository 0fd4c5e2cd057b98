import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { findOverlaps, parseCidr, type Ipv4Cidr } from '../../../util/cidr.js';
import { effectiveServiceCidr, vpcCidrKnown, vpcCidrTexts } from '../../facts/network.js';

interface Block {
  cidr: Ipv4Cidr;
  ownerId: string;
  ownerName: string;
  remote: boolean;
}

export const cidrNoOverlap = defineRule({
  id: 'hybrid.cidr-no-overlap',
  severity: 'error',
  area: 'hybrid',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-networking.html',
  text: {
    en: {
      message:
        'Hybrid network {{cidr}} of {{network}} overlaps {{other}} of {{otherName}}: remote node and pod CIDRs must not overlap each other, the VPC CIDR or the Kubernetes service CIDR.',
      fix: 'Re-plan the on-premises node and pod ranges (or the VPC or service CIDR) so that all of them are disjoint.',
    },
    ja: {
      message:
        '{{network}} のハイブリッドネットワーク {{cidr}} が {{otherName}} の {{other}} と重なっています。リモートノード/Pod の CIDR は互いに、また VPC の CIDR や Kubernetes サービス CIDR とも重ならない必要があります。',
      fix: 'オンプレミスのノード/Pod の範囲（または VPC やサービスの CIDR）を計画し直し、すべてが重ならないようにしてください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    const report = (blocks: Block[]) => {
      for (const [a, b] of findOverlaps(blocks, (x) => x.cidr)) {
        if (!a.remote && !b.remote) continue; // VPC against service CIDR is vpc.service-cidr's finding
        const [r, o] = a.remote ? [a, b] : [b, a];
        const key = `${r.ownerId}|${r.cidr.text}|${o.ownerId}|${o.cidr.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({
          partIds: r.ownerId === o.ownerId ? [r.ownerId] : [r.ownerId, o.ownerId],
          params: { network: r.ownerName, cidr: r.cidr.text, otherName: o.ownerName, other: o.cidr.text },
        });
      }
    };
    const remoteBlocks = (network: {
      id: string;
      name: string;
      props: { remoteNodeCidrs: string[]; remotePodCidrs: string[] };
    }) =>
      [...network.props.remoteNodeCidrs, ...network.props.remotePodCidrs].flatMap((t) => {
        const cidr = parseCidr(t);
        return cidr ? [{ cidr, ownerId: network.id, ownerName: network.name, remote: true }] : [];
      });
    const connected = new Set<string>();
    for (const vpc of index.ofKind('vpc')) {
      const networks = [...new Set(index.sourcesOf(vpc, 'on-prem-network'))];
      if (networks.length === 0) continue;
      networks.forEach((n) => connected.add(n.id));
      const blocks: Block[] = networks.flatMap(remoteBlocks);
      for (const t of vpcCidrKnown(index, vpc) ? vpcCidrTexts(vpc) : []) {
        const cidr = parseCidr(t);
        if (cidr) blocks.push({ cidr, ownerId: vpc.id, ownerName: vpc.name, remote: false });
      }
      // IPv6 clusters have no IPv4 service range (hybrid.ipv4-only reports them).
      for (const cluster of index.childrenOfKind(vpc, 'cluster').filter((c) => c.props.ipFamily === 'IPv4')) {
        const cidr = effectiveServiceCidr(index, cluster);
        if (cidr) blocks.push({ cidr, ownerId: cluster.id, ownerName: cluster.name, remote: false });
      }
      report(blocks);
    }
    for (const network of index.ofKind('on-prem-network')) if (!connected.has(network.id)) report(remoteBlocks(network));
    return findings;
  },
});

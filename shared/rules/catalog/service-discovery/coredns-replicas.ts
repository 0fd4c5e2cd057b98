import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { profileSelectsPods } from './fargate-selects.js';
import { nodeGroupsOfCluster } from '../../facts/compute.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { NodeGroupPart, PartOf } from '../../../model/parts.js';

/** Labels of the CoreDNS pods of the EKS add-on, which a Fargate selector may require. */
const COREDNS_LABELS: Record<string, string> = { 'k8s-app': 'kube-dns', 'eks.amazonaws.com/component': 'coredns' };

function corednsOnFargate(index: DesignIndex, cluster: PartOf<'cluster'>): boolean {
  // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
  const profiles = index.childrenOfKind(cluster, 'fargate-profile');
  for (let k = 0; k < profiles.length; k++) {
    const fp = profiles[k]!;
    if (profileSelectsPods(fp, 'kube-system', COREDNS_LABELS)) return true;
  }
  return false;
}

export const corednsReplicas = defineRule({
  id: 'sd.coredns-replicas',
  severity: 'warning',
  area: 'service-discovery',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/data-plane.html',
  text: {
    en: {
      message:
        'The CoreDNS replicas of cluster {{cluster}} can only run on {{nodes}} node(s) in {{azs}} Availability Zone(s), so cluster DNS has a single point of failure.',
      fix: 'Run at least two nodes across two or more Availability Zones (EKS runs 2 CoreDNS replicas), or a Fargate profile for kube-system.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の CoreDNS レプリカは {{azs}} つのアベイラビリティーゾーンの {{nodes}} 台のノードでしか動けず、クラスター DNS が単一障害点になります。',
      fix: '2 つ以上のアベイラビリティーゾーンに 2 台以上のノードを置く（EKS の CoreDNS は 2 レプリカ）か、kube-system の Fargate プロファイルを作成してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per cluster on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const cluster = clusters[i]!;
      if (!cluster.props.addons.coreDns) continue;
      // Loops rather than spread, filter, reduce and flatMap: every cluster, every validation.
      const running: NodeGroupPart[] = [];
      let nodes = 0;
      const nodeGroups = nodeGroupsOfCluster(index, cluster);
      for (let i = 0; i < nodeGroups.length; i++) {
        const ng = nodeGroups[i]!;
        if (ng.props.desiredCapacity <= 0) continue;
        running.push(ng);
        nodes += ng.props.desiredCapacity;
      }
      // No nodes at all, or CoreDNS on Fargate (one pod per micro-VM): other rules and questions.
      if (running.length === 0 || corednsOnFargate(index, cluster)) continue;
      const zones = new Set<string>();
      for (const ng of running) for (const s of index.nodeGroupSubnets(ng)) zones.add(s.availabilityZone);
      const azs = zones.size;
      // A subnet known only by id or alias (an existing VPC's) has no zone offline: the zones are unknown, not one.
      // No subnet at all is a placement problem other rules report.
      if (nodes >= 2 && (azs >= 2 || azs === 0 || zones.has(''))) continue;
      findings.push({ partIds: [cluster.id, ...running.map((ng) => ng.id)], params: { cluster: cluster.name, nodes, azs } });
    }
    return findings;
  },
});

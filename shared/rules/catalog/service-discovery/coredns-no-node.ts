import { defineRule } from '../../define.js';
import { defineViewFact } from '../../config-view.js';
import { autoModeRunsNodes, hybridNodeCount, nodeGroupsOfCluster } from '../../facts/compute.js';
import type { NodeGroupPart } from '../../../model/parts.js';
import type { Finding } from '../../types.js';
import { profileSelectsPods } from './fargate-selects.js';

/** Labels of the CoreDNS pods of the EKS add-on, which a Fargate selector may require. */
const COREDNS_LABELS: Record<string, string> = { 'k8s-app': 'kube-dns', 'eks.amazonaws.com/component': 'coredns' };

/**
 * Taints the CoreDNS add-on's pods tolerate by default: `CriticalAddonsOnly` (any value and effect) and the
 * control plane's NoSchedule taint. Its pods also select `kubernetes.io/os: linux`, so Windows nodes never host them.
 */
function toleratedByCoreDns(taint: { key: string; effect: string }): boolean {
  if (taint.effect === 'PreferNoSchedule' || taint.key === 'CriticalAddonsOnly') return true;
  return (
    taint.effect === 'NoSchedule' &&
    (taint.key === 'node-role.kubernetes.io/control-plane' || taint.key === 'node-role.kubernetes.io/master')
  );
}

function hostsCoreDns(ng: NodeGroupPart): boolean {
  if (ng.props.amiFamily.startsWith('WindowsServer')) return false;
  const taints = ng.props.taints;
  for (let i = 0; i < taints.length; i++) if (!toleratedByCoreDns(taints[i]!)) return false;
  return true;
}

/** Whether the cluster's coredns add-on sets its own placement (tolerations, nodeSelector, affinity) in configurationValues. */
const corednsPlacedByValues = defineViewFact((view) => {
  const addons = view.config.addons;
  if (!Array.isArray(addons)) return false;
  for (const a of addons as unknown[]) {
    if (!a || typeof a !== 'object' || (a as { name?: unknown }).name !== 'coredns') continue;
    const values = (a as { configurationValues?: unknown }).configurationValues;
    const text = typeof values === 'string' ? values : values !== undefined ? JSON.stringify(values) : '';
    if (/tolerations|nodeSelector|affinity/.test(text)) return true;
  }
  return false;
});

/**
 * Every running node of the cluster carries a taint CoreDNS does not tolerate (or runs Windows), and no Fargate
 * profile, Auto Mode, Karpenter or hybrid node gives it another place: the two CoreDNS replicas stay Pending, so
 * nothing in the cluster resolves names. eksctl creates such a cluster without a word.
 */
export const corednsNoNode = defineRule({
  id: 'sd.coredns-no-node',
  severity: 'error',
  area: 'service-discovery',
  source: 'https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/',
  text: {
    en: {
      message:
        'Every node group of cluster {{cluster}} with nodes ({{nodeGroups}}) has a taint CoreDNS does not tolerate (or runs Windows), so the CoreDNS pods stay Pending and DNS inside the cluster fails.',
      fix: 'Add an untainted Linux node group (or one tainted CriticalAddonsOnly, which CoreDNS tolerates) for system pods, a Fargate profile for kube-system, or tolerations in the coredns add-on configurationValues.',
    },
    ja: {
      message:
        'クラスター {{cluster}} のノードのあるノードグループ ({{nodeGroups}}) はすべて CoreDNS が許容しないテイントを持つ (または Windows の) ため、CoreDNS の Pod が Pending のままになり、クラスター内の DNS が機能しません。',
      fix: 'システム Pod 用にテイントのない Linux ノードグループ (または CoreDNS が許容する CriticalAddonsOnly のテイントを付けたもの) を追加するか、kube-system の Fargate プロファイルを作成するか、coredns アドオンの configurationValues に tolerations を設定してください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const cluster = clusters[i]!;
      if (!cluster.props.addons.coreDns || cluster.props.addons.nodeAutoscaler === 'karpenter') continue;
      if (autoModeRunsNodes(cluster) || hybridNodeCount(index, cluster) > 0) continue;
      const scalesFromZero = cluster.props.addons.nodeAutoscaler === 'cluster-autoscaler';
      const running: NodeGroupPart[] = [];
      let hosted = false;
      let linux = false;
      const nodeGroups = nodeGroupsOfCluster(index, cluster);
      for (let k = 0; k < nodeGroups.length; k++) {
        const ng = nodeGroups[k]!;
        if (ng.props.desiredCapacity <= 0) {
          // The Cluster Autoscaler scales a group up from zero for a Pending pod that fits its nodes: an untainted
          // Linux group that may grow is a home for CoreDNS.
          if (scalesFromZero && ng.props.maxSize > 0 && hostsCoreDns(ng)) hosted = true;
          continue;
        }
        running.push(ng);
        if (!ng.props.amiFamily.startsWith('WindowsServer')) linux = true;
        if (hostsCoreDns(ng)) hosted = true;
      }
      // No running Linux node at all is another question (ng.windows-needs-linux, fargate.coredns, scaling rules).
      if (hosted || !linux) continue;
      const profiles = index.childrenOfKind(cluster, 'fargate-profile');
      let onFargate = false;
      for (let k = 0; k < profiles.length && !onFargate; k++)
        onFargate = profileSelectsPods(profiles[k]!, 'kube-system', COREDNS_LABELS);
      if (onFargate || corednsPlacedByValues(index, cluster.id) === true) continue;
      findings.push({
        partIds: [cluster.id, ...running.map((ng) => ng.id)],
        params: { cluster: cluster.name, nodeGroups: running.map((ng) => ng.name).join(', ') },
      });
    }
    return findings;
  },
});

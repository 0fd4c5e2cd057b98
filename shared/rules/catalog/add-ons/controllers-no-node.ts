import { defineRule } from '../../define.js';
import { autoModeRunsNodes, hybridNodeCount, nodeGroupsOfCluster } from '../../facts/compute.js';
import type { NodeGroupPart, PartOf } from '../../../model/parts.js';
import type { Finding } from '../../types.js';
import { profileSelectsPods } from '../service-discovery/fargate-selects.js';

/**
 * The controllers the deployment bundle installs with Helm into kube-system (shared/deploy/controllers.ts), with
 * their pods' labels. Their charts set no tolerations (`tolerations: []` in each chart's values.yaml, vendored in
 * shared/deploy/charts), and the bundle adds none.
 */
const HELM_CONTROLLERS: readonly {
  name: string;
  on: (a: PartOf<'cluster'>['props']['addons']) => boolean;
  labels: Record<string, string>;
}[] = [
  {
    name: 'AWS Load Balancer Controller',
    on: (a) => a.awsLoadBalancerController,
    labels: {
      'app.kubernetes.io/name': 'aws-load-balancer-controller',
      'app.kubernetes.io/instance': 'aws-load-balancer-controller',
    },
  },
  {
    name: 'ExternalDNS',
    on: (a) => a.externalDns,
    labels: { 'app.kubernetes.io/name': 'external-dns', 'app.kubernetes.io/instance': 'external-dns' },
  },
  {
    name: 'Cluster Autoscaler',
    on: (a) => a.nodeAutoscaler === 'cluster-autoscaler',
    labels: { 'app.kubernetes.io/name': 'aws-cluster-autoscaler', 'app.kubernetes.io/instance': 'cluster-autoscaler' },
  },
];

const isWindows = (ng: NodeGroupPart) => ng.props.amiFamily.startsWith('WindowsServer');

/** Whether a pod that tolerates no taint can run on the group's nodes (PreferNoSchedule only steers the scheduler). */
function untainted(ng: NodeGroupPart): boolean {
  const taints = ng.props.taints;
  for (let i = 0; i < taints.length; i++) if (taints[i]!.effect !== 'PreferNoSchedule') return false;
  return true;
}

/**
 * Every Linux node group with nodes is tainted NoSchedule or NoExecute (a system group tainted CriticalAddonsOnly, say,
 * which CoreDNS and Karpenter tolerate), and nothing else hosts a pod: the controllers installed with Helm tolerate no
 * taint, so their pods stay Pending, `helm upgrade --install --wait` times out and the load balancers, DNS records or
 * node scaling they were for never happen. Karpenter (its NodePool goes in before them), Auto Mode and hybrid nodes
 * give them other nodes; a Fargate profile may select them.
 */
export const controllersNoNode = defineRule({
  id: 'addon.controllers-no-node',
  severity: 'error',
  area: 'add-ons',
  source: 'https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/',
  text: {
    en: {
      message:
        'Every node group of cluster {{cluster}} with nodes ({{nodeGroups}}) has a NoSchedule or NoExecute taint, which the controllers installed with Helm do not tolerate (their charts set no tolerations): the pods of {{controllers}} stay Pending, so the deployment stops at their installation.',
      fix: 'Add a small untainted Linux node group for the controllers, or a Fargate profile selecting kube-system, or add tolerations for the taint to their Helm values.',
    },
    ja: {
      message:
        'クラスター {{cluster}} のノードのあるノードグループ ({{nodeGroups}}) はすべて NoSchedule または NoExecute のテイントを持ち、Helm でインストールするコントローラーはそれを許容しません（チャートに tolerations がありません）。{{controllers}} の Pod が Pending のままになり、デプロイはそのインストールで止まります。',
      fix: 'コントローラー用にテイントのない小さな Linux ノードグループを追加するか、kube-system を選択する Fargate プロファイルを作成するか、Helm の values にそのテイントの tolerations を追加してください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const cluster = clusters[i]!;
      const addons = cluster.props.addons;
      if (addons.nodeAutoscaler === 'karpenter' || autoModeRunsNodes(cluster) || hybridNodeCount(index, cluster) > 0) continue;
      const running: NodeGroupPart[] = [];
      let hosted = false;
      const nodeGroups = nodeGroupsOfCluster(index, cluster);
      for (let k = 0; k < nodeGroups.length && !hosted; k++) {
        const ng = nodeGroups[k]!;
        if (isWindows(ng) || ng.props.desiredCapacity <= 0) continue;
        running.push(ng);
        hosted = untainted(ng);
      }
      // No running Linux node at all is other rules' finding (ng.windows-needs-linux, as.karpenter-controller-placement).
      if (hosted || running.length === 0) continue;
      const profiles = index.childrenOfKind(cluster, 'fargate-profile');
      const stranded: string[] = [];
      for (const c of HELM_CONTROLLERS) {
        if (!c.on(addons)) continue;
        if (profiles.some((p) => profileSelectsPods(p, 'kube-system', c.labels))) continue;
        stranded.push(c.name);
      }
      if (stranded.length === 0) continue;
      findings.push({
        partIds: [cluster.id, ...running.map((ng) => ng.id)],
        params: { cluster: cluster.name, nodeGroups: running.map((ng) => ng.name).join(', '), controllers: stranded.join(', ') },
      });
    }
    return findings;
  },
});

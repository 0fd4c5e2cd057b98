import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { fargateProfileMatches, type PodIdentity } from '../../../model/design-index.js';
import { fargateProfilesOfCluster, hasNoEc2Capacity, hybridNodeCount } from '../../facts/compute.js';

/** The CoreDNS pods as a Fargate selector sees them (namespace and labels of the EKS add-on). */
export const COREDNS_POD: PodIdentity = {
  props: { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns', 'eks.amazonaws.com/component': 'coredns' } },
};

export const coreDns = defineRule({
  id: 'fargate.coredns',
  severity: 'error',
  area: 'fargate',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate-getting-started.html#fargate-gs-coredns',
  text: {
    en: {
      message:
        'Cluster {{cluster}} has no EC2 nodes and no Fargate profile selects kube-system, so CoreDNS stays Pending and DNS inside the cluster fails.',
      fix: 'Add a Fargate profile with a selector for namespace kube-system (eksctl then moves CoreDNS to Fargate), or add a node group.',
    },
    ja: {
      message:
        'クラスター {{cluster}} には EC2 ノードがなく、kube-system を選択する Fargate プロファイルもないため、CoreDNS が Pending のままになり、クラスター内の DNS が機能しません。',
      fix: '名前空間 kube-system のセレクターを持つ Fargate プロファイルを追加するか（eksctl が CoreDNS を Fargate に移します）、ノードグループを追加してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per cluster on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const cluster = clusters[i]!;
      const profiles = fargateProfilesOfCluster(index, cluster);
      if (!cluster.props.addons.coreDns || profiles.length === 0) continue;
      if (!hasNoEc2Capacity(index, cluster) || hybridNodeCount(index, cluster) > 0) continue;
      if (profiles.some((fp) => fargateProfileMatches(fp, COREDNS_POD))) continue;
      findings.push({ partIds: [cluster.id, ...profiles.map((fp) => fp.id)], params: { cluster: cluster.name } });
    }
    return findings;
  },
});

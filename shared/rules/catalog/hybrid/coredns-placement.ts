import { defineRule } from '../../define.js';
import { hasCloudCompute, hybridClusters, hybridNodeCount } from './hybrid-networks.js';

export const corednsPlacement = defineRule({
  id: 'hybrid.coredns-placement',
  severity: 'info',
  area: 'hybrid',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-networking.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} mixes cloud nodes and hybrid nodes; AWS recommends at least one CoreDNS replica on each, so name resolution keeps working on both sides.',
      fix: 'Spread CoreDNS over both kinds of nodes with topology spread constraints or affinity on the eks.amazonaws.com/compute-type label.',
    },
    ja: {
      message:
        'クラスター {{cluster}} はクラウドのノードとハイブリッドノードを併用しています。名前解決が両側で動き続けるよう、AWS はそれぞれに CoreDNS のレプリカを 1 つ以上置くことを推奨しています。',
      fix: 'eks.amazonaws.com/compute-type ラベルに対するトポロジー分散制約またはアフィニティで、CoreDNS を両方のノードに分散させてください。',
    },
  },
  check(index) {
    return hybridClusters(index)
      .filter(
        ({ cluster, networks }) =>
          cluster.props.addons.coreDns && hybridNodeCount(networks) > 0 && hasCloudCompute(index, cluster),
      )
      .map(({ cluster, networks }) => ({
        partIds: [cluster.id, ...networks.map((n) => n.id)],
        params: { cluster: cluster.name },
      }));
  },
});

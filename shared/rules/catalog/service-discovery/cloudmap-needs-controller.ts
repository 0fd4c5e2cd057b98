import type { PartOf } from '../../../model/parts.js';
import { defineRule } from '../../define.js';

export const cloudmapNeedsController = defineRule({
  id: 'sd.cloudmap-needs-controller',
  severity: 'error',
  area: 'service-discovery',
  source: 'https://kubernetes-sigs.github.io/external-dns/latest/docs/tutorials/aws-sd/',
  text: {
    en: {
      message:
        'Workloads of cluster {{cluster}} ({{workloads}}) register in AWS Cloud Map, but the cluster runs no ExternalDNS, so nothing writes their endpoints into Cloud Map.',
      fix: 'Turn on ExternalDNS (provider aws-sd) in cluster {{cluster}}, or deploy the AWS Cloud Map MCS controller.',
    },
    ja: {
      message:
        'クラスター {{cluster}} のワークロード（{{workloads}}）は AWS Cloud Map に登録される設計ですが、クラスターに ExternalDNS がないため、エンドポイントを Cloud Map に書き込むものがありません。',
      fix: 'クラスター {{cluster}} で ExternalDNS（provider aws-sd）を有効にするか、AWS Cloud Map MCS コントローラーをデプロイしてください。',
    },
  },
  check(index) {
    const byCluster = new Map<string, { cluster: PartOf<'cluster'>; workloads: string[]; names: string[]; maps: Set<string> }>();
    for (const map of index.ofKind('cloud-map')) {
      for (const workload of index.sourcesOf(map, 'workload')) {
        const cluster = index.clusterOf(workload);
        if (!cluster || cluster.props.addons.externalDns) continue;
        let entry = byCluster.get(cluster.id);
        if (!entry) byCluster.set(cluster.id, (entry = { cluster, workloads: [], names: [], maps: new Set() }));
        if (!entry.workloads.includes(workload.id)) {
          entry.workloads.push(workload.id);
          entry.names.push(workload.name);
        }
        entry.maps.add(map.id);
      }
    }
    return [...byCluster.values()].map(({ cluster, workloads, names, maps }) => ({
      partIds: [cluster.id, ...workloads, ...maps],
      params: { cluster: cluster.name, workloads: names.join(', ') },
    }));
  },
});

import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

export const cloudmapPrivateDnsVpc = defineRule({
  id: 'sd.cloudmap-private-dns-vpc',
  severity: 'warning',
  area: 'service-discovery',
  source: 'https://docs.aws.amazon.com/cloud-map/latest/api/API_CreatePrivateDnsNamespace.html',
  text: {
    en: {
      message:
        'Cloud Map namespace {{namespace}} is a private DNS namespace, which resolves only in the VPC it is created in or associated with, but workloads in {{count}} VPCs use it.',
      fix: 'Associate the namespace\u2019s private hosted zone with every cluster VPC, give each VPC its own namespace, or use an HTTP namespace with DiscoverInstances.',
    },
    ja: {
      message:
        'Cloud Map 名前空間 {{namespace}} はプライベート DNS 名前空間で、作成または関連付けた VPC でしか名前解決できませんが、{{count}} つの VPC のワークロードが使っています。',
      fix: '名前空間のプライベートホストゾーンをすべてのクラスター VPC に関連付けるか、VPC ごとに名前空間を分けるか、DiscoverInstances を使う HTTP 名前空間にしてください。',
    },
  },
  check(index) {
    const out: Finding[] = [];
    for (const map of index.ofKind('cloud-map')) {
      if (map.props.namespaceType !== 'DNS_PRIVATE') continue;
      const vpcs = new Set<string>();
      const workloads = index.sourcesOf(map, 'workload');
      for (const w of workloads) {
        const cluster = index.clusterOf(w);
        if (!cluster) continue;
        // A cluster drawn without a VPC gets its own eksctl-created VPC.
        vpcs.add(index.vpcOf(cluster)?.id ?? `default-vpc-of:${cluster.id}`);
      }
      if (vpcs.size < 2) continue;
      out.push({
        partIds: [map.id, ...new Set(workloads.map((w) => w.id))],
        params: { namespace: map.props.namespaceName, count: vpcs.size },
      });
    }
    return out;
  },
});

import { mapIamAndAddons } from '../../../export/map-iam-addons.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { PartOf } from '../../../model/parts.js';
import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

const EXTERNAL_DNS_SERVICE_ACCOUNT = 'external-dns';

/**
 * Whether the role the exporter gives ExternalDNS reaches Cloud Map. eksctl's `externalDNS` well-known
 * policy covers Route 53 only, so only an explicit Cloud Map policy (e.g. AWSCloudMapFullAccess, or a
 * statement on servicediscovery:*) counts. Asking the exporter keeps this rule right when it changes.
 */
function externalDnsReachesCloudMap(index: DesignIndex, cluster: PartOf<'cluster'>): boolean {
  const { iam } = mapIamAndAddons(index, cluster);
  const grants = [
    ...(iam?.serviceAccounts ?? []).filter((sa) => sa.metadata.name === EXTERNAL_DNS_SERVICE_ACCOUNT),
    ...(iam?.podIdentityAssociations ?? []).filter((pia) => pia.serviceAccountName === EXTERNAL_DNS_SERVICE_ACCOUNT),
  ];
  return grants.some((g) => /servicediscovery|AWSCloudMap/i.test(JSON.stringify(g)));
}

export const cloudmapIam = defineRule({
  id: 'sd.cloudmap-iam',
  severity: 'error',
  area: 'service-discovery',
  source: 'https://kubernetes-sigs.github.io/external-dns/latest/docs/tutorials/aws-sd/',
  text: {
    en: {
      message:
        'ExternalDNS in cluster {{cluster}} should register workloads in AWS Cloud Map ({{namespaces}}), but the IAM role eksctl gives it covers Route 53 only, so it cannot create Cloud Map services or register instances.',
      fix: 'Attach AWSCloudMapFullAccess (or a least-privilege servicediscovery policy) to the ExternalDNS role of {{cluster}} after creation, and run ExternalDNS with --provider=aws-sd.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の ExternalDNS はワークロードを AWS Cloud Map（{{namespaces}}）に登録する設計ですが、eksctl が付ける IAM ロールは Route 53 の権限だけのため、Cloud Map のサービス作成もインスタンス登録もできません。',
      fix: '作成後に {{cluster}} の ExternalDNS のロールに AWSCloudMapFullAccess（または最小権限の servicediscovery ポリシー）を付け、ExternalDNS を --provider=aws-sd で実行してください。',
    },
  },
  check(index) {
    const byCluster = new Map<string, { cluster: PartOf<'cluster'>; maps: PartOf<'cloud-map'>[] }>();
    for (const map of index.ofKind('cloud-map')) {
      for (const w of index.sourcesOf(map, 'workload')) {
        const cluster = index.clusterOf(w);
        // Without ExternalDNS at all, sd.cloudmap-needs-controller reports the missing controller.
        if (!cluster || !cluster.props.addons.externalDns) continue;
        const entry = byCluster.get(cluster.id) ?? { cluster, maps: [] };
        if (!entry.maps.includes(map)) entry.maps.push(map);
        byCluster.set(cluster.id, entry);
      }
    }
    const out: Finding[] = [];
    for (const { cluster, maps } of byCluster.values()) {
      if (externalDnsReachesCloudMap(index, cluster)) continue;
      out.push({
        partIds: [cluster.id, ...maps.map((m) => m.id)],
        params: { cluster: cluster.name, namespaces: maps.map((m) => m.props.namespaceName).join(', ') },
      });
    }
    return out;
  },
});

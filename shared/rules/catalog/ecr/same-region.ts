import type { PartOf } from '../../../model/parts.js';
import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { workloadHasEgress } from './egress.js';

export const sameRegion = defineRule({
  id: 'ecr.same-region',
  severity: 'warning',
  area: 'ecr',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/cost-opt-networking.html',
  text: {
    en: {
      message:
        'ECR repository {{repository}} is in {{region}} but cluster {{cluster}} runs in {{clusterRegion}}: every pull crosses Regions, is billed as inter-Region transfer and needs internet egress, since VPC endpoints are Regional.',
      fix: 'Replicate {{repository}} to {{clusterRegion}} with ECR replication and pull from there.',
    },
    ja: {
      message:
        'ECR リポジトリ {{repository}} は {{region}} にありますが、クラスター {{cluster}} は {{clusterRegion}} で動きます。プルのたびにリージョン間のデータ転送料金がかかり、VPC エンドポイントはリージョン単位のためインターネットへの経路も必要です。',
      fix: 'ECR のレプリケーションで {{repository}} を {{clusterRegion}} に複製し、そこからプルしてください。',
    },
  },
  check(index) {
    const out: Finding[] = [];
    for (const repo of index.ofKind('ecr')) {
      const region = repo.props.region.trim();
      if (region === '') continue;
      const byCluster = new Map<string, { cluster: PartOf<'cluster'>; workloads: PartOf<'workload'>[] }>();
      for (const w of index.targetsOf(repo, 'workload')) {
        const cluster = index.clusterOf(w);
        if (!cluster || cluster.props.region === region) continue;
        const entry = byCluster.get(cluster.id) ?? { cluster, workloads: [] };
        entry.workloads.push(w);
        byCluster.set(cluster.id, entry);
      }
      for (const { cluster, workloads } of byCluster.values()) {
        // Without egress the pull cannot happen at all: a cross-Region pull has no endpoint to use.
        const stranded = workloads.some((w) => workloadHasEgress(index, w) === false);
        out.push({
          partIds: [repo.id, cluster.id, ...workloads.map((w) => w.id)],
          params: { repository: repo.props.repositoryName, region, cluster: cluster.name, clusterRegion: cluster.props.region },
          ...(stranded ? { severity: 'error' as const } : {}),
        });
      }
    }
    return out;
  },
});

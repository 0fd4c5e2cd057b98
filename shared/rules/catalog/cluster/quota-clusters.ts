import { defineRule } from '../../define.js';
import type { PartOf } from '../../../model/parts.js';

/** Default quota of EKS clusters per Region per account (adjustable). */
export const CLUSTERS_PER_REGION = 100;

export const quotaClusters = defineRule({
  id: 'quota.clusters',
  severity: 'warning',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/service-quotas.html',
  text: {
    en: {
      message:
        'The design has {{count}} clusters in {{region}}; the default quota is {{quota}} EKS clusters per Region per account.',
      fix: 'Request a quota increase in Service Quotas, or spread the clusters over several accounts.',
    },
    ja: {
      message:
        'この設計には {{region}} にクラスターが {{count}} 個あります。EKS クラスターのデフォルトのクォータはアカウントのリージョンごとに {{quota}} 個です。',
      fix: 'Service Quotas で引き上げを申請するか、クラスターを複数のアカウントに分けてください。',
    },
  },
  check(index) {
    const byRegion = new Map<string, PartOf<'cluster'>[]>();
    for (const c of index.ofKind('cluster')) {
      const list = byRegion.get(c.props.region);
      if (list) list.push(c);
      else byRegion.set(c.props.region, [c]);
    }
    return [...byRegion.entries()]
      .filter(([, list]) => list.length > CLUSTERS_PER_REGION)
      .map(([region, list]) => ({
        partIds: list.map((c) => c.id),
        params: { region, count: list.length, quota: CLUSTERS_PER_REGION },
      }));
  },
});

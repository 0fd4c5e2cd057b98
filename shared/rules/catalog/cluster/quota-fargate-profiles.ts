import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

/** Default quota of Fargate profiles per cluster (adjustable). */
export const FARGATE_PROFILES_PER_CLUSTER = 10;

export const quotaFargateProfiles = defineRule({
  id: 'quota.fargate-profiles',
  severity: 'warning',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/service-quotas.html',
  text: {
    en: {
      message: 'Cluster {{cluster}} has {{count}} Fargate profiles; the default quota is {{quota}} per cluster.',
      fix: 'Merge profiles (up to 5 selectors each, namespaces may use * and ? wildcards), or request a quota increase.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の Fargate プロファイルは {{count}} 個です。デフォルトのクォータはクラスターごとに {{quota}} 個です。',
      fix: 'プロファイルをまとめる（1 つにつきセレクターは 5 個まで、名前空間には * と ? のワイルドカードが使えます）か、クォータの引き上げを申請してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per cluster on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const c = clusters[i]!;
      const profiles = index.childrenOfKind(c, 'fargate-profile');
      if (profiles.length <= FARGATE_PROFILES_PER_CLUSTER) continue;
      findings.push({
        partIds: [c.id, ...profiles.map((p) => p.id)],
        params: { cluster: c.name, count: profiles.length, quota: FARGATE_PROFILES_PER_CLUSTER },
      });
    }
    return findings;
  },
});

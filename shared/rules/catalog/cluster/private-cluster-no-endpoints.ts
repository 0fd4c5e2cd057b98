import { defineConfigRule } from '../../config-rule.js';

/** eksctl-rules.md #29: a fully-private cluster's endpoint access is private only; eksctl refuses vpc.clusterEndpoints. */
export const privateClusterNoEndpoints = defineConfigRule({
  id: 'eksctl.private-cluster-no-cluster-endpoints',
  severity: 'error',
  area: 'cluster',
  eksctl: [29],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/ctl/cmdutils/configfile.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is fully private and sets vpc.clusterEndpoints; eksctl refuses it ("vpc.clusterEndpoints cannot be set for a fully-private cluster (privateCluster.enabled) as the endpoint access defaults to private-only").',
      fix: 'Remove vpc.clusterEndpoints from {{cluster}}; a fully-private cluster always has a private-only endpoint.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は完全プライベートですが vpc.clusterEndpoints を設定しています。eksctl はこれを拒否します (「vpc.clusterEndpoints cannot be set for a fully-private cluster (privateCluster.enabled) as the endpoint access defaults to private-only」)。',
      fix: '{{cluster}} から vpc.clusterEndpoints を削除してください。完全プライベートクラスターのエンドポイントは常にプライベートのみです。',
    },
  },
  needs: ['privateCluster'],
  checkConfig({ config }) {
    if (config.privateCluster?.enabled !== true) return [];
    const endpoints: unknown = config.vpc?.clusterEndpoints;
    if (typeof endpoints !== 'object' || endpoints === null) return [];
    // eksctl tests whether publicAccess or privateAccess is given at all: `clusterEndpoints: {}` passes.
    const e = endpoints as Record<string, unknown>;
    if (e['publicAccess'] === undefined && e['privateAccess'] === undefined) return [];
    return [{ path: ['vpc', 'clusterEndpoints'] }];
  },
});

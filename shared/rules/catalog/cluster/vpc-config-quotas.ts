import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';

/**
 * Two EKS quotas on a cluster's VPC configuration that cannot be raised (Amazon EKS endpoints and quotas, "Service
 * quotas"): 4 control plane security groups and 40 public endpoint access CIDR ranges per cluster. eksctl checks
 * neither and hands both lists to CreateCluster as they are (pkg/cfn/builder/cluster.go); EKS refuses a longer
 * one and the cluster stack fails. (The CreateCluster reference still says "up to five security groups"; the
 * quota table, which the Service Quotas console shows, says 4.)
 */
const QUOTAS = [
  { field: 'controlPlaneSecurityGroupIDs', quota: 'Control plane security groups per cluster', limit: 4 },
  { field: 'publicAccessCIDRs', quota: 'Public endpoint access CIDR ranges per cluster', limit: 40 },
] as const;

export const vpcConfigQuotas = defineConfigRule({
  id: 'cluster.vpc-config-quotas',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/general/latest/gr/eks.html#limits_eks',
  text: {
    en: {
      message:
        'Cluster {{cluster}} lists {{count}} entries in vpc.{{field}}, but EKS allows at most {{limit}} ("{{quota}}", a quota that cannot be raised): CreateCluster refuses the list and the cluster is not created.',
      fix: 'Cut vpc.{{field}} of {{cluster}} to {{limit}} entries or fewer: merge adjacent CIDR blocks into larger ones, or combine the rules of several security groups into one.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の vpc.{{field}} には {{count}} 個の項目がありますが、EKS が許すのは最大 {{limit}} 個です（「{{quota}}」、引き上げできないクォータ）。CreateCluster がこのリストを拒否するため、クラスターは作成されません。',
      fix: '{{cluster}} の vpc.{{field}} を {{limit}} 個以下にしてください。隣り合う CIDR ブロックをより大きなブロックにまとめるか、複数のセキュリティグループのルールを 1 つにまとめます。',
    },
  },
  needs: ['vpc.controlPlaneSecurityGroupIDs', 'vpc.publicAccessCIDRs'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    for (let q = 0; q < QUOTAS.length; q++) {
      const { field, quota, limit } = QUOTAS[q]!;
      const list: unknown = config.vpc?.[field];
      if (Array.isArray(list) && list.length > limit)
        out.push({ path: ['vpc', field], params: { field, count: list.length, limit, quota } });
    }
    return out;
  },
});

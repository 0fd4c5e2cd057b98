import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';

/**
 * Two EKS limits on a cluster's VPC configuration. eksctl checks neither and hands both lists to CreateCluster as
 * they are (pkg/cfn/builder/cluster.go); EKS refuses a longer one and the cluster stack fails.
 *
 * - Public endpoint access CIDR ranges: 40 per cluster, a quota that cannot be raised (Amazon EKS service quotas).
 * - Control plane security groups: the sources disagree. The quota table (EKS user guide "Amazon EKS service
 *   quotas" and the general reference's endpoints and quotas page) says 4, not adjustable; the CreateCluster API
 *   reference (resourcesVpcConfig, current as of 2026-12) says "You can specify up to five security groups". EKS
 *   puts its own cluster security group on the control plane's network interfaces beside the ones listed
 *   (sec-group-reqs), which may be where the two figures part. An error must not refuse a config EKS may take,
 *   so 5, the API's figure, is the error limit.
 */
const QUOTAS = [
  {
    field: 'controlPlaneSecurityGroupIDs',
    limit: 5,
    quota: 'the CreateCluster API reference: "You can specify up to five security groups"',
    quotaJa: 'CreateCluster の API リファレンス:「You can specify up to five security groups」',
  },
  {
    field: 'publicAccessCIDRs',
    limit: 40,
    quota: '"Public endpoint access CIDR ranges per cluster", a quota that cannot be raised',
    quotaJa: '「Public endpoint access CIDR ranges per cluster」、引き上げできないクォータ',
  },
] as const;

export const vpcConfigQuotas = defineConfigRule({
  id: 'cluster.vpc-config-quotas',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/general/latest/gr/eks.html#limits_eks',
  text: {
    en: {
      message:
        'Cluster {{cluster}} lists {{count}} entries in vpc.{{field}}, but EKS allows at most {{limit}} ({{quota}}): CreateCluster refuses the list and the cluster is not created.',
      fix: 'Cut vpc.{{field}} of {{cluster}} to {{limit}} entries or fewer: merge adjacent CIDR blocks into larger ones, or combine the rules of several security groups into one.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の vpc.{{field}} には {{count}} 個の項目がありますが、EKS が許すのは最大 {{limit}} 個です（{{quotaJa}}）。CreateCluster がこのリストを拒否するため、クラスターは作成されません。',
      fix: '{{cluster}} の vpc.{{field}} を {{limit}} 個以下にしてください。隣り合う CIDR ブロックをより大きなブロックにまとめるか、複数のセキュリティグループのルールを 1 つにまとめます。',
    },
  },
  needs: ['vpc.controlPlaneSecurityGroupIDs', 'vpc.publicAccessCIDRs'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    for (let q = 0; q < QUOTAS.length; q++) {
      const { field, quota, quotaJa, limit } = QUOTAS[q]!;
      const list: unknown = config.vpc?.[field];
      if (Array.isArray(list) && list.length > limit)
        out.push({ path: ['vpc', field], params: { field, count: list.length, limit, quota, quotaJa } });
    }
    return out;
  },
});

import { defineRule } from '../../define.js';

/** EKS CreateCluster name pattern: alphanumerics, hyphens and underscores, starting alphanumeric, 1-100 characters. */
export const EKS_CLUSTER_NAME = /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/;

export const nameFormat = defineRule({
  id: 'cluster.name-format',
  severity: 'error',
  area: 'cluster',
  eksctl: [5, 6],
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateCluster.html',
  text: {
    en: {
      message:
        'Cluster name "{{name}}" is not valid: it may contain only letters, digits, hyphens and underscores, must start with a letter or digit and be at most 100 characters.',
      fix: 'Rename the cluster, e.g. "prod-eks-01".',
    },
    ja: {
      message:
        'クラスター名「{{name}}」は無効です。英数字、ハイフン、アンダースコアのみ使用でき、先頭は英数字、長さは 100 文字以内である必要があります。',
      fix: 'クラスター名を変更してください（例: prod-eks-01）。',
    },
  },
  check(index) {
    return index
      .ofKind('cluster')
      .filter((c) => !EKS_CLUSTER_NAME.test(c.name))
      .map((c) => ({ partIds: [c.id], params: { name: c.name } }));
  },
});

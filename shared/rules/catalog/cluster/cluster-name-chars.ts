import { defineRule } from '../../define.js';
import { EKS_CLUSTER_NAME } from './name-format.js';

export const clusterNameChars = defineRule({
  id: 'eksctl.cluster-name-chars',
  severity: 'error',
  area: 'cluster',
  eksctl: [6],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster name "{{name}}" contains an underscore: EKS accepts it, but eksctl allows only letters, digits and hyphens in cluster names ("validation for {{name}} failed, name must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*").',
      fix: 'Replace the underscores in "{{name}}" with hyphens.',
    },
    ja: {
      message:
        'クラスター名「{{name}}」にアンダースコアが含まれています。EKS では使えますが、eksctl のクラスター名に使えるのは英数字とハイフンだけです（「validation for {{name}} failed, name must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*」）。',
      fix: '「{{name}}」のアンダースコアをハイフンに置き換えてください。',
    },
  },
  check(index) {
    // Names EKS rejects as well are reported by cluster.name-format alone.
    return index
      .ofKind('cluster')
      .filter((c) => EKS_CLUSTER_NAME.test(c.name) && c.name.includes('_'))
      .map((c) => ({ partIds: [c.id], params: { name: c.name } }));
  },
});

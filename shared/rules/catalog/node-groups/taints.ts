import { defineRule } from '../../define.js';
import { isLabelValue, isQualifiedName } from './k8s-names.js';

export const taints = defineRule({
  id: 'eksctl.ng-taints',
  severity: 'error',
  area: 'node-groups',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'eksctl rejects the taints {{taints}} of node group {{nodeGroup}}: a taint key must be a valid Kubernetes qualified name and its value a valid label value.',
      fix: 'Use keys like example.com/dedicated and values of up to 63 letters, digits, "-", "_" or ".".',
    },
    ja: {
      message:
        'eksctl はノードグループ {{nodeGroup}} のテイント {{taints}} を受け付けません。テイントのキーは Kubernetes の有効な修飾名、値は有効なラベル値である必要があります。',
      fix: 'example.com/dedicated のようなキーと、英数字・「-」・「_」・「.」からなる 63 文字以内の値を使ってください。',
    },
  },
  check(index) {
    return index.nodeGroups().flatMap((ng) => {
      const bad = ng.props.taints
        .filter((t) => !isQualifiedName(t.key) || !isLabelValue(t.value))
        .map((t) => `${t.key}=${t.value}:${t.effect}`);
      return bad.length === 0 ? [] : [{ partIds: [ng.id], params: { nodeGroup: ng.name, taints: bad.join(', ') } }];
    });
  },
});

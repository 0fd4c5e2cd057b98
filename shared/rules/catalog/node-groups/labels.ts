import { defineRule } from '../../define.js';
import { isLabelValue, isQualifiedName, isReservedNodeLabel } from './k8s-names.js';

export const labels = defineRule({
  id: 'eksctl.ng-labels',
  severity: 'error',
  area: 'node-groups',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'eksctl rejects the labels {{labels}} of node group {{nodeGroup}}: labels must be valid Kubernetes names and values and must not use the reserved kubernetes.io / k8s.io prefixes (kubelet labels such as node.kubernetes.io/... excepted).',
      fix: 'Rename the labels, e.g. use your own prefix such as example.com/role.',
    },
    ja: {
      message:
        'eksctl はノードグループ {{nodeGroup}} のラベル {{labels}} を受け付けません。ラベルは Kubernetes の有効な名前と値である必要があり、予約済みのプレフィックス kubernetes.io / k8s.io は使えません（node.kubernetes.io/... などの kubelet のラベルを除く）。',
      fix: 'ラベル名を変更してください（例: example.com/role のように独自のプレフィックスを使う）。',
    },
  },
  check(index) {
    return index.nodeGroups().flatMap((ng) => {
      const bad = Object.entries(ng.props.labels)
        .filter(([key, value]) => !isQualifiedName(key) || !isLabelValue(value) || isReservedNodeLabel(key))
        .map(([key, value]) => `${key}=${value}`);
      return bad.length === 0 ? [] : [{ partIds: [ng.id], params: { nodeGroup: ng.name, labels: bad.join(', ') } }];
    });
  },
});

import { defineConfigRule } from '../../config-rule.js';
import { configNodeGroups, EKSCTL_VALIDATION_SOURCE, isObj } from './config-node-groups.js';
import { isLabelValue, isQualifiedName, isReservedNodeLabel } from './k8s-names.js';

/** eksctl-rules.md #51: labels (validateLabels). */
export const labels = defineConfigRule({
  id: 'eksctl.ng-labels',
  severity: 'error',
  area: 'node-groups',
  eksctl: [51],
  source: EKSCTL_VALIDATION_SOURCE,
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
  needs: ['managedNodeGroups[].labels', 'nodeGroups[].labels'],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g) => {
      const raw = g.ng['labels'];
      if (!isObj(raw)) return [];
      const bad = Object.entries(raw)
        .map(([key, v]) => [key, typeof v === 'string' ? v : String(v)] as const)
        .filter(([key, value]) => !isQualifiedName(key) || !isLabelValue(value) || isReservedNodeLabel(key))
        .map(([key, value]) => `${key}=${value}`);
      return bad.length === 0 ? [] : [{ path: g.at('labels'), params: { nodeGroup: g.name, labels: bad.join(', ') } }];
    });
  },
});

import { defineConfigRule } from '../../config-rule.js';
import { configNodeGroups, EKSCTL_VALIDATION_SOURCE, isObj, str } from './config-node-groups.js';
import { isLabelValue, isQualifiedName } from './k8s-names.js';

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** A node group's taints as eksctl reads them: the list form, or (self-managed) the map form `key: value:effect`. */
function taintsOf(raw: unknown): { key: string; value: string; effect: string }[] {
  if (Array.isArray(raw))
    return raw.map((t) => {
      const o = isObj(t) ? t : {};
      return { key: str(o['key']) ?? '', value: str(o['value']) ?? '', effect: str(o['effect']) ?? '' };
    });
  if (!isObj(raw)) return [];
  return Object.entries(raw).map(([key, v]) => {
    const text = typeof v === 'string' ? v : '';
    const at = text.lastIndexOf(':');
    return { key, value: at < 0 ? text : text.slice(0, at), effect: at < 0 ? '' : text.slice(at + 1) };
  });
}

/** eksctl-rules.md #51: taints (validateTaints). */
export const taints = defineConfigRule({
  id: 'eksctl.ng-taints',
  severity: 'error',
  area: 'node-groups',
  eksctl: [51],
  source: EKSCTL_VALIDATION_SOURCE,
  text: {
    en: {
      message:
        'eksctl rejects the taints {{taints}} of node group {{nodeGroup}}: a taint key must be a valid Kubernetes qualified name, its value a valid label value, and its effect NoSchedule, PreferNoSchedule or NoExecute.',
      fix: 'Use keys like example.com/dedicated and values of up to 63 letters, digits, "-", "_" or ".", with one of the three effects.',
    },
    ja: {
      message:
        'eksctl はノードグループ {{nodeGroup}} のテイント {{taints}} を受け付けません。テイントのキーは Kubernetes の有効な修飾名、値は有効なラベル値、effect は NoSchedule、PreferNoSchedule、NoExecute のいずれかである必要があります。',
      fix: 'example.com/dedicated のようなキーと、英数字・「-」・「_」・「.」からなる 63 文字以内の値を使い、effect は三つのうちいずれかにしてください。',
    },
  },
  needs: ['managedNodeGroups[].taints', 'nodeGroups[].taints'],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g) => {
      const bad = taintsOf(g.ng['taints'])
        .filter((t) => !isQualifiedName(t.key) || !isLabelValue(t.value) || !EFFECTS.includes(t.effect))
        .map((t) => `${t.key}=${t.value}:${t.effect}`);
      return bad.length === 0 ? [] : [{ path: g.at('taints'), params: { nodeGroup: g.name, taints: bad.join(', ') } }];
    });
  },
});

import { parseDocument } from 'yaml';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isObj, objects, problemAt } from '../../facts/config-values.js';

/** What eksctl accepts as `configurationValues`: any JSON, or a YAML document that is a mapping (or empty). */
export function configurationValuesValid(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    // not JSON: eksctl reads it as YAML into a map
  }
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return false;
  const value: unknown = doc.toJS();
  return value === null || value === undefined || isObj(value);
}

function bad(addon: Record<string, unknown>, msg: string): string {
  return `invalid configuration for "${String(addon['name'])}" addon: ${msg}`;
}

const NAMESPACE = /^[a-z]([a-z0-9-]*[a-z0-9])?$/;

/** eksctl-rules.md #70: addon configurationValues parse; namespaceConfig.namespace is a DNS-1123 label. */
export const addonValues = defineConfigRule({
  id: 'eksctl.addon-values',
  severity: 'error',
  area: 'add-ons',
  eksctl: [70],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/addon.go',
  text: {
    en: {
      message: 'An addon of cluster {{cluster}} is misconfigured; eksctl refuses it ("{{problem}}").',
      fix: 'Write configurationValues as a JSON object or a YAML mapping, and namespaceConfig.namespace as a Kubernetes namespace name (lower case letters, digits and "-", at most 63 characters).',
    },
    ja: {
      message: 'クラスター {{cluster}} のアドオンの設定が無効です。eksctl はこれを拒否します (「{{problem}}」)。',
      fix: 'configurationValues は JSON オブジェクトか YAML のマッピングで書き、namespaceConfig.namespace は Kubernetes の名前空間名 (英小文字・数字・「-」、63 文字以内) にしてください。',
    },
  },
  needs: ['addons[].configurationValues', 'addons[].namespaceConfig'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    for (let n = 0, items = objects(config.addons); n < items.length; n++) {
      const addon = items[n]![0];
      const i = items[n]![1];
      const values = addon['configurationValues'];
      if (typeof values === 'string' && !configurationValuesValid(values))
        out.push(
          problemAt(
            ['addons', i, 'configurationValues'],
            bad(addon, `configurationValues: "${values}" is not valid, supported format(s) are: JSON and YAML`),
          ),
        );
      const ns = isObj(addon['namespaceConfig']) ? addon['namespaceConfig']['namespace'] : undefined;
      if (typeof ns === 'string' && ns !== '') {
        const at = ['addons', i, 'namespaceConfig', 'namespace'];
        if (ns.length > 63) out.push(problemAt(at, bad(addon, `namespace name "${ns}" is too long (max 63 characters)`)));
        else if (!NAMESPACE.test(ns))
          out.push(
            problemAt(
              at,
              bad(addon, `namespace "${ns}" is not a valid Kubernetes namespace name (must be a valid DNS-1123 label)`),
            ),
          );
      }
    }
    return out;
  },
});

import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

/** DNS-1035 label: what a Service name must be (and so every object named after the workload). */
const DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** DNS-1123 label: what a namespace name must be. */
const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** A CronJob's name gets an 11-character suffix on each Job it starts, whose name must stay within 63. */
const CRONJOB_MAX = 52;

/** A valid name close to `value`: lower-cased, other characters as "-", trimmed to `max`. */
function suggest(value: string, max: number, letterFirst: boolean): string {
  let out = value
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+/, '');
  if (letterFirst) out = out.replace(/^[^a-z]+/, '');
  out = out.slice(0, max).replace(/-+$/, '');
  return out === '' ? 'app' : out;
}

/**
 * The manifests name every object of a workload (Deployment, Service, container, ServiceAccount, HPA, PDB)
 * after the workload, in its namespace; `kubectl apply` refuses names Kubernetes does not accept.
 */
export const workloadK8sNames = defineRule({
  id: 'design.workload-k8s-names',
  severity: 'error',
  area: 'design',
  source: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/',
  text: {
    en: {
      message:
        'Workload {{workload}} uses "{{value}}" as a Kubernetes name (of its objects or its namespace), which Kubernetes does not accept: lower-case letters, digits and "-", at most {{max}} characters, a name starting with a letter. kubectl apply refuses its manifests.',
      fix: 'Rename "{{value}}" on workload {{workload}}, e.g. to "{{suggestion}}".',
    },
    ja: {
      message:
        'ワークロード {{workload}} は「{{value}}」を Kubernetes の名前（オブジェクト名または名前空間）に使っていますが、Kubernetes では使えません（英小文字、数字、「-」のみで {{max}} 文字以内。オブジェクト名は英字で始まる）。kubectl apply がマニフェストを拒否します。',
      fix: 'ワークロード {{workload}} の「{{value}}」を変えてください（例: {{suggestion}}）。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    for (const w of index.ofKind('workload')) {
      const max = w.props.workloadKind === 'CronJob' ? CRONJOB_MAX : 63;
      if (!DNS_1035_LABEL.test(w.name) || w.name.length > max) {
        findings.push({
          partIds: [w.id],
          params: { workload: w.name, value: w.name, max, suggestion: suggest(w.name, max, true) },
        });
      }
      const ns = w.props.namespace;
      if (!DNS_1123_LABEL.test(ns) || ns.length > 63) {
        findings.push({
          partIds: [w.id],
          params: {
            workload: w.name,
            what: 'namespace',
            whatJa: '名前空間',
            value: ns,
            max: 63,
            suggestion: suggest(ns, 63, false),
          },
        });
      }
    }
    return findings;
  },
});

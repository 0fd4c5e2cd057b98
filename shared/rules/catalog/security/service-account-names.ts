import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, isObj, objects } from '../../facts/config-values.js';
import type { PathSegment } from '../../../util/locate.js';

/** DNS-1123 label: a namespace name. */
const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** DNS-1123 subdomain: a ServiceAccount name. */
const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function check(out: ConfigFinding[], value: unknown, kind: 'namespace' | 'ServiceAccount', path: readonly PathSegment[]) {
  if (typeof value !== 'string' || value === '') return; // a missing name is eksctl's own finding
  const ok =
    kind === 'namespace'
      ? DNS_1123_LABEL.test(value) && value.length <= 63
      : DNS_1123_SUBDOMAIN.test(value) && value.length <= 253;
  if (!ok) out.push({ path: [...path], params: { value, kind, max: kind === 'namespace' ? 63 : 253 } });
}

/**
 * eksctl creates the ServiceAccount (and its namespace, when missing) of each IRSA service account that is not
 * roleOnly, and of each pod identity association with createServiceAccount (pkg/cfn/manager/create_tasks.go,
 * pkg/actions/podidentityassociation/creator.go, through kubernetes.MaybeCreateServiceAccountOrUpdateMetadata),
 * after the IAM role exists. The API server refuses a name Kubernetes does not accept ("a lowercase RFC 1123
 * subdomain must consist of lower case alphanumeric characters, '-' or '.'"), so create cluster fails there.
 */
export const serviceAccountNames = defineConfigRule({
  id: 'sec.service-account-names',
  severity: 'error',
  area: 'security',
  source: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/',
  text: {
    en: {
      message:
        'eksctl creates the {{kind}} "{{value}}" ({{path}}) of cluster {{cluster}} in Kubernetes, which refuses that name: lower-case letters, digits and "-" (and "." in a ServiceAccount name), starting and ending with a letter or digit, at most {{max}} characters.',
      fix: 'Rename "{{value}}" in {{path}} to a lower-case name, and use the same name in the workloads that use that ServiceAccount.',
    },
    ja: {
      message:
        'eksctl はクラスター {{cluster}} の {{kind}}「{{value}}」({{path}}) を Kubernetes に作成しますが、Kubernetes はその名前を拒否します。英小文字、数字、「-」(ServiceAccount 名では「.」も) のみで、先頭と末尾は英小文字か数字、{{max}} 文字以内です。',
      fix: '{{path}} の「{{value}}」を小文字の名前に変え、その ServiceAccount を使うワークロードでも同じ名前を使ってください。',
    },
  },
  needs: ['iam.serviceAccounts', 'iam.podIdentityAssociations'],
  checkConfig({ config }) {
    const iam: unknown = config.iam;
    if (!isObj(iam)) return [];
    const out: ConfigFinding[] = [];
    for (const [sa, i] of objects(iam['serviceAccounts'])) {
      if (sa['roleOnly'] === true) continue;
      const meta = isObj(sa['metadata']) ? sa['metadata'] : {};
      if (filled(meta['namespace']))
        check(out, meta['namespace'], 'namespace', ['iam', 'serviceAccounts', i, 'metadata', 'namespace']);
      check(out, meta['name'], 'ServiceAccount', ['iam', 'serviceAccounts', i, 'metadata', 'name']);
    }
    for (const [pia, i] of objects(iam['podIdentityAssociations'])) {
      if (pia['createServiceAccount'] !== true) continue;
      check(out, pia['namespace'], 'namespace', ['iam', 'podIdentityAssociations', i, 'namespace']);
      check(out, pia['serviceAccountName'], 'ServiceAccount', ['iam', 'podIdentityAssociations', i, 'serviceAccountName']);
    }
    return out;
  },
});

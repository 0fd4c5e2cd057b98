import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, hasWellKnownPolicy, isObj, nonEmpty, objects, problemAt } from '../../facts/config-values.js';

/** eksctl-rules.md #65: each IRSA service account has a name, a unique namespace/name and a policy source. */
export const serviceAccountFields = defineConfigRule({
  id: 'eksctl.service-account-fields',
  severity: 'error',
  area: 'security',
  eksctl: [65],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message: 'An IAM service account of cluster {{cluster}} is incomplete; eksctl refuses it ("{{problem}}").',
      fix: 'Give each entry of iam.serviceAccounts a metadata.name, a namespace/name no other entry uses, and wellKnownPolicies, attachPolicyARNs, attachPolicy or attachRoleARN.',
    },
    ja: {
      message: 'クラスター {{cluster}} の IAM サービスアカウントに不備があります。eksctl はこれを拒否します (「{{problem}}」)。',
      fix: 'iam.serviceAccounts の各エントリーに metadata.name、他と重ならない名前空間/名前、そして wellKnownPolicies・attachPolicyARNs・attachPolicy・attachRoleARN のいずれかを設定してください。',
    },
  },
  needs: ['iam.serviceAccounts'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    const seen = new Set<string>();
    for (let n = 0, items = objects(config.iam?.serviceAccounts); n < items.length; n++) {
      const sa = items[n]![0];
      const i = items[n]![1];
      const path = `iam.serviceAccounts[${i}]`;
      const meta = isObj(sa['metadata']) ? sa['metadata'] : {};
      if (!filled(meta['name'])) {
        out.push(problemAt(['iam', 'serviceAccounts', i, 'metadata', 'name'], `${path}.name must be set`));
        continue;
      }
      // eksctl defaults the namespace to "default" before it compares.
      const key = `${filled(meta['namespace']) ? meta['namespace'] : 'default'}/${meta['name']}`;
      if (seen.has(key))
        out.push(problemAt(['iam', 'serviceAccounts', i, 'metadata'], `<namespace>/<name> of ${path} "${key}" is not unique`));
      seen.add(key);
      const attachPolicy = sa['attachPolicy'];
      if (
        !hasWellKnownPolicy(sa['wellKnownPolicies']) &&
        !nonEmpty(sa['attachPolicyARNs']) &&
        (attachPolicy === undefined || attachPolicy === null) &&
        !filled(sa['attachRoleARN'])
      )
        out.push(
          problemAt(
            ['iam', 'serviceAccounts', i],
            `${path}.wellKnownPolicies, ${path}.attachPolicyARNs, ${path}.attachRoleARN or ${path}.attachPolicy must be set`,
          ),
        );
    }
    return out;
  },
});

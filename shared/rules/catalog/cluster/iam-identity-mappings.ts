import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, nonEmpty, objects, type Obj } from '../../facts/config-values.js';

/** eksctl `IAMIdentityMapping.Validate`: the first problem of one mapping. */
function mappingProblem(m: Obj): string | undefined {
  const arn = filled(m['arn']);
  const username = filled(m['username']);
  const groups = nonEmpty(m['groups']);
  const service = filled(m['serviceName']);
  const namespace = filled(m['namespace']);
  if (service) {
    if (arn && username && groups) return 'cannot use arn, username, and groups with serviceName';
    if (!namespace) return 'namespace is required when using serviceName';
  } else if (namespace) return 'serviceName is required when using namespace';
  if (filled(m['account']) && (arn || username || groups || service || namespace))
    return 'account cannot be configured with any other options';
  return undefined;
}

/** eksctl-rules.md #86: `iamIdentityMappings` entries (serviceName with namespace, account alone). */
export const iamIdentityMappings = defineConfigRule({
  id: 'eksctl.iam-identity-mappings',
  severity: 'error',
  area: 'cluster',
  eksctl: [86],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/identitymapping.go',
  text: {
    en: {
      message: 'An IAM identity mapping of cluster {{cluster}} is invalid; eksctl refuses it ("{{problem}}").',
      fix: 'Map either an arn (with username and groups), a serviceName with its namespace, or an account on its own.',
    },
    ja: {
      message: 'クラスター {{cluster}} の IAM ID マッピングが無効です。eksctl はこれを拒否します (「{{problem}}」)。',
      fix: 'arn (username と groups 付き)、serviceName とその namespace、または account 単独のいずれかを対応付けてください。',
    },
  },
  needs: ['iamIdentityMappings'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    for (let n = 0, items = objects(config.iamIdentityMappings); n < items.length; n++) {
      const m = items[n]![0];
      const i = items[n]![1];
      const problem = mappingProblem(m);
      if (problem) out.push({ path: ['iamIdentityMappings', i], params: { problem } });
    }
    return out;
  },
});

import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, isObj, objects, type Obj } from '../../facts/config-values.js';

/** eksctl `Capability.Validate`, first problem. */
function capabilityProblem(c: Obj): string | undefined {
  if (!filled(c['name'])) return 'capability name is required';
  if (!filled(c['type'])) return 'capability type is required';
  if (c['type'] !== 'ARGOCD') return undefined;
  const conf = c['configuration'];
  if (!isObj(conf)) return 'configuration is required for ARGOCD capability';
  if (!isObj(conf['argocd'])) return 'argocd configuration is required for ARGOCD capability';
  if (!isObj(conf['argocd']['awsIdc'])) return 'awsIdc configuration is required for ARGOCD capability';
  return undefined;
}

/** eksctl-rules.md #89: capabilities have a name and type; an Argo CD capability needs its IAM Identity Center settings. */
export const capabilities = defineConfigRule({
  id: 'eksctl.capabilities',
  severity: 'error',
  area: 'cluster',
  eksctl: [89],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/capability.go',
  text: {
    en: {
      message: 'Capability {{index}} of cluster {{cluster}} is incomplete; eksctl and EKS refuse it ("{{problem}}").',
      fix: 'Give each capability a name and a type; an ARGOCD capability needs configuration.argocd.awsIdc (the IAM Identity Center instance that signs users in to Argo CD).',
    },
    ja: {
      message:
        'クラスター {{cluster}} のケーパビリティ {{index}} に不備があります。eksctl と EKS はこれを拒否します (「{{problem}}」)。',
      fix: '各ケーパビリティに name と type を設定してください。ARGOCD のケーパビリティには configuration.argocd.awsIdc (Argo CD にサインインする IAM Identity Center インスタンス) が必要です。',
    },
  },
  needs: ['capabilities'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    for (let n = 0, items = objects(config.capabilities); n < items.length; n++) {
      const c = items[n]![0];
      const i = items[n]![1];
      const problem = capabilityProblem(c);
      if (problem) out.push({ path: ['capabilities', i], params: { index: i, problem } });
    }
    return out;
  },
});

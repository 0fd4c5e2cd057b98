import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, isObj, problemAt, type Obj } from '../../facts/config-values.js';
import { permissionPolicyNameProblem, policySourceProblem } from './pia-checks.js';

/** eksctl-rules.md #66: `iam.podIdentityAssociations` entries as `eksctl create cluster` checks them. */
const LIST = 'iam.podIdentityAssociations';
const AT = ['iam', 'podIdentityAssociations'] as const;

export const podIdentityAssociationFields = defineConfigRule({
  id: 'eksctl.pod-identity-association-fields',
  severity: 'error',
  area: 'security',
  eksctl: [66],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/ctl/cmdutils/pod_identity_association.go',
  text: {
    en: {
      message: 'A pod identity association of cluster {{cluster}} is invalid; eksctl refuses it ("{{problem}}").',
      fix: 'Give each association a namespace, a serviceAccountName and either roleARN alone or permission policies (permissionPolicy, permissionPolicyARNs, wellKnownPolicies), not both.',
    },
    ja: {
      message: 'クラスター {{cluster}} の Pod Identity の関連付けが無効です。eksctl はこれを拒否します (「{{problem}}」)。',
      fix: '各関連付けに namespace と serviceAccountName を設定し、roleARN だけか、権限ポリシー (permissionPolicy、permissionPolicyARNs、wellKnownPolicies) のどちらか一方を指定してください。',
    },
  },
  needs: ['iam'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    const list: unknown = config.iam?.podIdentityAssociations;
    if (!Array.isArray(list)) return out;
    // Indexed, with paths spelled only for a problem: this runs for every association of every cluster.
    for (let i = 0; i < list.length; i++) {
      const pia: unknown = list[i];
      if (isObj(pia)) associationProblems(pia, i, out);
    }
    return out;
  },
});

/** The problems of `iam.podIdentityAssociations[i]`, eksctl's first per field. */
function associationProblems(pia: Obj, i: number, out: ConfigFinding[]): void {
  const name = permissionPolicyNameProblem(pia);
  if (name) out.push(problemAt([...AT, i, 'permissionPolicyName'], `${LIST}[${i}]: ${name}`));
  if (!filled(pia['namespace'])) out.push(problemAt([...AT, i, 'namespace'], `${LIST}[${i}].namespace must be set`));
  else if (!filled(pia['serviceAccountName']))
    out.push(problemAt([...AT, i, 'serviceAccountName'], `${LIST}[${i}].serviceAccountName must be set`));
  else {
    const policy = policySourceProblem(pia, LIST, i);
    if (policy) out.push(problemAt([...AT, i], policy));
  }
}

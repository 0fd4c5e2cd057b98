import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, objects, problemAt } from '../../facts/config-values.js';
import { permissionPolicyNameProblem, policySourceProblem } from './pia-checks.js';

/** eksctl-rules.md #66: `iam.podIdentityAssociations` entries as `eksctl create cluster` checks them. */
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
    for (const [pia, i] of objects(config.iam?.podIdentityAssociations)) {
      const path = `iam.podIdentityAssociations[${i}]`;
      const at = ['iam', 'podIdentityAssociations', i];
      const name = permissionPolicyNameProblem(pia);
      if (name) out.push(problemAt([...at, 'permissionPolicyName'], `${path}: ${name}`));
      if (!filled(pia['namespace'])) out.push(problemAt([...at, 'namespace'], `${path}.namespace must be set`));
      else if (!filled(pia['serviceAccountName']))
        out.push(problemAt([...at, 'serviceAccountName'], `${path}.serviceAccountName must be set`));
      else {
        const policy = policySourceProblem(pia, path);
        if (policy) out.push(problemAt(at, policy));
      }
    }
    return out;
  },
});

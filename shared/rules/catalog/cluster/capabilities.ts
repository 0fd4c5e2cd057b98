import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, isObj, objects, type Obj } from '../../facts/config-values.js';

const TYPES = ['ACK', 'KRO', 'ARGOCD'];
const ARGOCD_ROLES = ['ADMIN', 'EDITOR', 'VIEWER'];
const SSO_TYPES = ['SSO_USER', 'SSO_GROUP'];

/**
 * eksctl `Capability.Validate`, then what EKS's CreateCapability takes of the values eksctl copies into the
 * AWS::EKS::Capability resource unchecked (pkg/cfn/builder/capability.go): type ACK, KRO or ARGOCD, spelled
 * so (a lowercase argocd even skips eksctl's awsIdc check), one capability of each type per cluster,
 * deletePropagationPolicy RETAIN ("the only supported value"), Argo CD roles ADMIN, EDITOR or VIEWER and
 * identities SSO_USER or SSO_GROUP. First problem, given the types seen before.
 */
function capabilityProblem(c: Obj, seenTypes: Set<string>): string | undefined {
  if (!filled(c['name'])) return 'capability name is required';
  const type = c['type'];
  if (!filled(type)) return 'capability type is required';
  if (!TYPES.includes(type)) return `EKS: capability type must be one of ${TYPES.join(', ')}, not "${type}"`;
  if (seenTypes.has(type)) return `EKS: only one capability of type ${type} can be created on a cluster`;
  seenTypes.add(type);
  const policy = c['deletePropagationPolicy'];
  if (filled(policy) && policy !== 'RETAIN') return `EKS: deletePropagationPolicy must be RETAIN, not "${policy}"`;
  if (type !== 'ARGOCD') return undefined;
  const conf = c['configuration'];
  if (!isObj(conf)) return 'configuration is required for ARGOCD capability';
  if (!isObj(conf['argocd'])) return 'argocd configuration is required for ARGOCD capability';
  if (!isObj(conf['argocd']['awsIdc'])) return 'awsIdc configuration is required for ARGOCD capability';
  for (const [mapping] of objects(conf['argocd']['rbacRoleMappings'])) {
    const role = mapping['role'];
    if (typeof role === 'string' && !ARGOCD_ROLES.includes(role))
      return `EKS: an Argo CD role mapping's role must be one of ${ARGOCD_ROLES.join(', ')}, not "${role}"`;
    for (const [identity] of objects(mapping['identities'])) {
      const kind = identity['type'];
      if (typeof kind === 'string' && !SSO_TYPES.includes(kind))
        return `EKS: an Argo CD identity's type must be one of ${SSO_TYPES.join(', ')}, not "${kind}"`;
    }
  }
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
      message: 'Capability {{index}} of cluster {{cluster}} is incomplete or invalid; eksctl or EKS refuses it ("{{problem}}").',
      fix: 'Give each capability a name and one of the types ACK, KRO or ARGOCD (each type once, spelled so), deletePropagationPolicy RETAIN if any; Argo CD role mappings use ADMIN, EDITOR or VIEWER with SSO_USER or SSO_GROUP identities; an ARGOCD capability needs configuration.argocd.awsIdc (the IAM Identity Center instance that signs users in to Argo CD).',
    },
    ja: {
      message:
        'クラスター {{cluster}} のケーパビリティ {{index}} に不備があるか、値が無効です。eksctl または EKS はこれを拒否します (「{{problem}}」)。',
      fix: '各ケーパビリティに name と、ACK、KRO、ARGOCD のいずれかの type (種類ごとに 1 つ、この綴りで) を設定し、deletePropagationPolicy を指定するなら RETAIN にしてください。Argo CD のロールマッピングは ADMIN、EDITOR、VIEWER と SSO_USER または SSO_GROUP の ID を使います。ARGOCD のケーパビリティには configuration.argocd.awsIdc (Argo CD にサインインする IAM Identity Center インスタンス) が必要です。',
    },
  },
  needs: ['capabilities'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    const seenTypes = new Set<string>();
    for (let n = 0, items = objects(config.capabilities); n < items.length; n++) {
      const c = items[n]![0];
      const i = items[n]![1];
      const problem = capabilityProblem(c, seenTypes);
      if (problem) out.push({ path: ['capabilities', i], params: { index: i, problem } });
    }
    return out;
  },
});

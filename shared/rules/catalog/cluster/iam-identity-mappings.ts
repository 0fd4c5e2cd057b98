import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, nonEmpty, objects, type Obj } from '../../facts/config-values.js';
import { parseArn } from './kms-arn.js';

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
  if (service || filled(m['account'])) return undefined;
  return identityProblem(m['arn'], username, groups);
}

/**
 * eksctl's iam.NewIdentity, which turns an arn mapping into an aws-auth entry while the cluster is created
 * (pkg/actions/iamidentitymapping/create.go): it needs the arn, a username or groups, and an arn whose
 * resource is a user/ or role/ (so no assumed-role session, no group).
 */
function identityProblem(arn: unknown, username: boolean, groups: boolean): string | undefined {
  if (typeof arn !== 'string' || arn === '') return 'expected a valid arn but got empty string';
  if (!username && !groups) return 'neither username nor group are set for iam identity';
  const parsed = parseArn(arn);
  if (!parsed) return arn.startsWith('arn:') ? 'arn: not enough sections' : 'arn: invalid prefix';
  const type = parsed.resource.split('/')[0];
  if (type !== 'user' && type !== 'role') return 'arn is neither user nor role';
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
      fix: 'Map either the arn of an IAM role or user (arn:aws:iam::<account>:role/<name>, not an assumed-role session or a group) with a username or groups, a serviceName with its namespace, or an account on its own.',
    },
    ja: {
      message: 'クラスター {{cluster}} の IAM ID マッピングが無効です。eksctl はこれを拒否します (「{{problem}}」)。',
      fix: 'IAM ロールまたはユーザーの arn (arn:aws:iam::<account>:role/<name>。引き受けたロールのセッションやグループは不可) と username または groups、serviceName とその namespace、または account 単独のいずれかを対応付けてください。',
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

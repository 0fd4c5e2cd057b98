import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, objects } from '../../facts/config-values.js';
import { formatPath, type PathSegment } from '../../../util/locate.js';

/**
 * EKS keeps one pod identity association per service account: a second one for the same namespace and
 * service account fails ("ResourceInUseException: Association already exists"), and eksctl's role stacks for
 * the two are both named eksctl-<cluster>-podidentityrole-<namespace>-<serviceAccount>
 * (pkg/actions/podidentityassociation/iam_role_creator.go). eksctl does not check it before creating the
 * cluster. Counts the associations under iam and under each add-on.
 */
export const podIdentityDuplicate = defineConfigRule({
  id: 'sec.pod-identity-duplicate',
  severity: 'error',
  area: 'security',
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_CreatePodIdentityAssociation.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} has {{count}} pod identity associations for service account {{serviceAccount}} ({{paths}}); EKS allows one per service account, so creating the second fails ("Association already exists").',
      fix: 'Keep one association for {{serviceAccount}} and put all the permissions it needs on that one role.',
    },
    ja: {
      message:
        'クラスター {{cluster}} にはサービスアカウント {{serviceAccount}} の Pod Identity の関連付けが {{count}} 個あります（{{paths}}）。EKS ではサービスアカウントごとに 1 つだけなので、2 つ目の作成は失敗します（「Association already exists」）。',
      fix: '{{serviceAccount}} の関連付けを 1 つにし、必要な権限はすべてその 1 つのロールに付けてください。',
    },
  },
  checkConfig({ config }) {
    const seen = new Map<string, PathSegment[][]>();
    const note = (pia: Record<string, unknown>, at: PathSegment[]) => {
      if (!filled(pia['namespace']) || !filled(pia['serviceAccountName'])) return;
      const key = `${pia['namespace']}/${pia['serviceAccountName']}`;
      seen.set(key, [...(seen.get(key) ?? []), at]);
    };
    for (const [pia, i] of objects(config.iam?.podIdentityAssociations)) note(pia, ['iam', 'podIdentityAssociations', i]);
    for (const [addon, a] of objects(config.addons))
      for (const [pia, i] of objects(addon['podIdentityAssociations'])) note(pia, ['addons', a, 'podIdentityAssociations', i]);
    const out: ConfigFinding[] = [];
    for (const [serviceAccount, paths] of seen) {
      if (paths.length < 2) continue;
      out.push({ path: paths[1]!, params: { serviceAccount, count: paths.length, paths: paths.map(formatPath).join(', ') } });
    }
    return out;
  },
});

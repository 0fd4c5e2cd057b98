import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, isObj } from '../../facts/config-values.js';
import { formatPath, type PathSegment } from '../../../util/locate.js';

/**
 * EKS keeps one pod identity association per service account: a second one for the same namespace and
 * service account fails ("ResourceInUseException: Association already exists"), and eksctl's role stacks for
 * the two are both named eksctl-<cluster>-podidentityrole-<namespace>-<serviceAccount>
 * (pkg/actions/podidentityassociation/iam_role_creator.go). eksctl does not check it before creating the
 * cluster. Counts the associations under iam and under each add-on.
 */
/**
 * Adds the path of each association in `list` (at `at`) under its namespace/serviceAccount. A module function with
 * an indexed loop: it runs for every cluster on every validation, and a closure, a copied list per association
 * and iterator objects cost more than the check.
 */
function noteAssociations(seen: Map<string, PathSegment[][]>, list: unknown, at: readonly PathSegment[]): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const pia: unknown = list[i];
    if (!isObj(pia) || !filled(pia['namespace']) || !filled(pia['serviceAccountName'])) continue;
    const key = `${pia['namespace']}/${pia['serviceAccountName']}`;
    const paths = seen.get(key);
    if (paths) paths.push([...at, i]);
    else seen.set(key, [[...at, i]]);
  }
}

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
  needs: ['iam', 'addons'],
  checkConfig({ config }) {
    const seen = new Map<string, PathSegment[][]>();
    noteAssociations(seen, config.iam?.podIdentityAssociations, ['iam', 'podIdentityAssociations']);
    const addons: unknown = config.addons;
    if (Array.isArray(addons))
      for (let a = 0; a < addons.length; a++) {
        const addon: unknown = addons[a];
        if (isObj(addon)) noteAssociations(seen, addon['podIdentityAssociations'], ['addons', a, 'podIdentityAssociations']);
      }
    const out: ConfigFinding[] = [];
    for (const [serviceAccount, paths] of seen) {
      if (paths.length < 2) continue;
      out.push({ path: paths[1]!, params: { serviceAccount, count: paths.length, paths: paths.map(formatPath).join(', ') } });
    }
    return out;
  },
});

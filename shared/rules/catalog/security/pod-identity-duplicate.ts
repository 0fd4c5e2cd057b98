import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { ADDON_SERVICE_ACCOUNTS, addonRoleAtCreation, type AddonServiceAccount } from '../../facts/addon-service-accounts.js';
import { filled, isObj } from '../../facts/config-values.js';
import { formatPath, type PathSegment } from '../../../util/locate.js';
import type { EksctlClusterConfig } from '../../config-view.js';

/** Notes one association of service account `key` (namespace/name) at `path`. */
function note(seen: Map<string, PathSegment[][]>, key: string, path: PathSegment[]): void {
  const paths = seen.get(key);
  if (paths) paths.push(path);
  else seen.set(key, [path]);
}

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
    note(seen, `${pia['namespace']}/${pia['serviceAccountName']}`, [...at, i]);
  }
}

/** Adds the associations eksctl creates for an add-on's recommended service accounts, all at `at`. */
function noteDefaults(seen: Map<string, PathSegment[][]>, accounts: readonly AddonServiceAccount[], at: PathSegment[]): void {
  for (let i = 0; i < accounts.length; i++) {
    note(seen, `${accounts[i]!.namespace}/${accounts[i]!.serviceAccount}`, at);
  }
}

/**
 * eksctl's default add-ons (api.KnownAddons with IsDefault; in Auto Mode only IsDefaultAutoMode), which it creates
 * when the config does not list them, unless `addonsConfig.disableDefaultAddons` (pkg/actions/addon/tasks.go
 * CreateAddonTasks). Created like a listed add-on, so `autoApplyPodIdentityAssociations` gives them their defaults.
 */
const DEFAULT_ADDONS = ['vpc-cni', 'kube-proxy', 'coredns', 'metrics-server'] as const;
const DEFAULT_AUTO_MODE_ADDONS: readonly string[] = ['metrics-server'];

/** Adds the associations of the default add-ons eksctl creates unlisted, under autoApplyPodIdentityAssociations. */
function noteDefaultAddons(seen: Map<string, PathSegment[][]>, config: EksctlClusterConfig): void {
  const addonsConfig: unknown = config.addonsConfig;
  if (!isObj(addonsConfig) || addonsConfig['autoApplyPodIdentityAssociations'] !== true) return;
  if (addonsConfig['disableDefaultAddons'] === true) return;
  const autoMode = isObj(config.autoModeConfig) && config.autoModeConfig['enabled'] === true;
  const listed = new Set<string>();
  const addons: unknown = config.addons;
  if (Array.isArray(addons))
    for (let a = 0; a < addons.length; a++) {
      const addon: unknown = addons[a];
      // eksctl compares the names case-insensitively (strings.EqualFold).
      if (isObj(addon) && typeof addon['name'] === 'string') listed.add(addon['name'].toLowerCase());
    }
  for (let d = 0; d < DEFAULT_ADDONS.length; d++) {
    const name = DEFAULT_ADDONS[d]!;
    const defaults = ADDON_SERVICE_ACCOUNTS[name];
    if (defaults === undefined || listed.has(name) || (autoMode && !DEFAULT_AUTO_MODE_ADDONS.includes(name))) continue;
    noteDefaults(seen, defaults, ['addonsConfig', 'autoApplyPodIdentityAssociations']);
  }
}

/**
 * EKS keeps one pod identity association per service account: a second one for the same namespace and
 * service account fails ("ResourceInUseException: Association already exists"), and eksctl's role stacks for
 * the two are both named eksctl-<cluster>-podidentityrole-<namespace>-<serviceAccount>
 * (pkg/actions/podidentityassociation/iam_role_creator.go). eksctl does not check it before creating the
 * cluster. Counts the associations under iam and under each add-on, and those eksctl creates for an add-on
 * that asks for its defaults (useDefaultPodIdentityAssociations, or addonsConfig.autoApplyPodIdentityAssociations,
 * when the add-on lists no associations and no IRSA role: pkg/actions/addon/create.go) for the service accounts
 * EKS recommends a role for, default add-ons eksctl creates without their being listed included.
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
      fix: 'Keep one association for {{serviceAccount}} and put all the permissions it needs on that one role. An add-on with useDefaultPodIdentityAssociations (or addonsConfig.autoApplyPodIdentityAssociations) gets one for its own service account: then drop the other, or give the add-on its association explicitly.',
    },
    ja: {
      message:
        'クラスター {{cluster}} にはサービスアカウント {{serviceAccount}} の Pod Identity の関連付けが {{count}} 個あります（{{paths}}）。EKS ではサービスアカウントごとに 1 つだけなので、2 つ目の作成は失敗します（「Association already exists」）。',
      fix: '{{serviceAccount}} の関連付けを 1 つにし、必要な権限はすべてその 1 つのロールに付けてください。useDefaultPodIdentityAssociations（または addonsConfig.autoApplyPodIdentityAssociations）を指定したアドオンには、そのサービスアカウントの関連付けが作成されます。その場合はもう一方を削除するか、アドオンに関連付けを明示してください。',
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
        if (!isObj(addon)) continue;
        noteAssociations(seen, addon['podIdentityAssociations'], ['addons', a, 'podIdentityAssociations']);
        if (!filled(addon['name'])) continue;
        const defaults = ADDON_SERVICE_ACCOUNTS[addon['name']];
        if (defaults === undefined || addonRoleAtCreation(config, addon) !== 'default-associations') continue;
        noteDefaults(
          seen,
          defaults,
          addon['useDefaultPodIdentityAssociations'] === true
            ? ['addons', a, 'useDefaultPodIdentityAssociations']
            : ['addonsConfig', 'autoApplyPodIdentityAssociations'],
        );
      }
    noteDefaultAddons(seen, config);
    const out: ConfigFinding[] = [];
    // forEach, not for...of with destructuring: no entry array and iterator results per account on every validation.
    seen.forEach((paths, serviceAccount) => {
      if (paths.length < 2) return;
      out.push({ path: paths[1]!, params: { serviceAccount, count: paths.length, paths: paths.map(formatPath).join(', ') } });
    });
    return out;
  },
});

import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, isObj } from '../../facts/config-values.js';
import { formatPath, type PathSegment } from '../../../util/locate.js';

/**
 * The same add-on listed twice under `addons`. eksctl does not refuse it (no check in Addon.Validate or
 * ValidateClusterConfig) and creates the add-ons one by one (pkg/actions/addon/tasks.go): for a later entry,
 * Manager.Create (pkg/actions/addon/create.go) finds the add-on the first entry created and skips it with
 * `"<name>" addon is already present on the cluster, as an EKS managed addon, skipping creation`, so the later
 * entry's version, configurationValues and IAM settings are never applied (only vpc-cni, with iam.withOIDC,
 * is then updated from its last entry). eksctl matches add-on names without regard to case (CanonicalName,
 * strings.EqualFold), but sends each name to EKS as written, and EKS takes only the names DescribeAddonVersions
 * lists (all lower case), so `VPC-CNI` beside `vpc-cni` is the same add-on misspelt.
 */
export const addonDuplicate = defineConfigRule({
  id: 'addon.duplicate',
  severity: 'warning',
  area: 'add-ons',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/actions/addon/create.go',
  text: {
    en: {
      message:
        "Cluster {{cluster}} lists the add-on {{addon}} {{count}} times ({{paths}}). eksctl does not refuse it but creates the add-on once: for a later entry it finds the add-on already created and skips it (eksctl logs: {{eksctlMessage}}), so that entry's version, configurationValues and IAM settings are never applied. A name differing only in case is the same add-on to eksctl, which still sends it to EKS as written, and EKS takes only names matching those DescribeAddonVersions lists (all lower case).",
      fix: 'Keep one entry for {{addon}} in the addons of {{cluster}}, named in lower case, and move the settings of the other entries into it.',
    },
    ja: {
      message:
        'クラスター {{cluster}} はアドオン {{addon}} を {{count}} 回指定しています（{{paths}}）。eksctl はこれを拒否しませんが、アドオンは 1 回だけ作成します。2 つ目以降の指定では作成済みのアドオンを見つけてスキップするため（eksctl のログ: {{eksctlMessage}}）、その指定のバージョン、configurationValues、IAM の設定は適用されません。大文字と小文字だけが違う名前は eksctl には同じアドオンですが、eksctl はその名前をそのまま EKS に送り、EKS は DescribeAddonVersions が示す名前（すべて小文字）に一致するものしか受け付けません。',
      fix: '{{cluster}} の addons では {{addon}} を小文字の名前で 1 つだけ指定し、ほかの指定の設定はその 1 つにまとめてください。',
    },
  },
  needs: ['addons'],
  checkConfig({ config }) {
    const addons: unknown = config.addons;
    if (!Array.isArray(addons) || addons.length < 2) return [];
    if (!hasRepeatedName(addons)) return []; // the usual case, without building the map below
    // Paths of each add-on's entries, by eksctl's CanonicalName (the name in lower case). Indexed, no closure.
    const byName = new Map<string, PathSegment[][]>();
    for (let i = 0; i < addons.length; i++) {
      const addon: unknown = addons[i];
      if (!isObj(addon) || !filled(addon['name'])) continue;
      const key = addon['name'].toLowerCase();
      const paths = byName.get(key);
      if (paths) paths.push(['addons', i, 'name']);
      else byName.set(key, [['addons', i, 'name']]);
    }
    const out: ConfigFinding[] = [];
    for (const [addon, paths] of byName) {
      if (paths.length < 2) continue;
      const second = paths[1]!;
      const written = (addons[second[1] as number] as Record<string, string>)['name']!;
      out.push({
        path: second,
        params: {
          addon,
          count: paths.length,
          paths: paths.map(formatPath).join(', '),
          eksctlMessage: `"${written}" addon is already present on the cluster, as an EKS managed addon, skipping creation`,
        },
      });
    }
    return out;
  },
});

/** Whether two entries of `addons` have the same name in lower case (a handful of entries: pairs are cheap). */
function hasRepeatedName(addons: readonly unknown[]): boolean {
  const names: string[] = [];
  for (let i = 0; i < addons.length; i++) {
    const addon: unknown = addons[i];
    if (!isObj(addon) || !filled(addon['name'])) continue;
    const name = addon['name'].toLowerCase();
    if (names.includes(name)) return true;
    names.push(name);
  }
  return false;
}

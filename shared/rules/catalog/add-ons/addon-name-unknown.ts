import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, isObj } from '../../facts/config-values.js';
import { EKS_ADDON_NAMES } from '../../../data/eks-addon-names.js';
import { levenshtein } from '../../../util/levenshtein.js';

const KNOWN: ReadonlySet<string> = new Set(EKS_ADDON_NAMES);

/** Prefixes people add to or drop from an add-on's name (`ebs-csi-driver` for `aws-ebs-csi-driver`). */
const PREFIXES = ['aws-', 'amazon-', 'eks-'];

/**
 * The known add-on a name most likely misspells: the same name in other letter case or with spaces around it, one
 * with a prefix added or dropped, one cut short at a hyphen (`aws-ebs-csi`), or one an edit or two away (one for
 * names under eight letters, so short vendor names do not match by accident). Undefined when none is that close:
 * such a name may be an AWS Marketplace add-on this app does not list.
 */
export function nearestAddonName(name: string): string | undefined {
  const n = name.trim().toLowerCase();
  if (KNOWN.has(n)) return n;
  for (const prefix of PREFIXES) {
    if (KNOWN.has(prefix + n)) return prefix + n;
    if (n.startsWith(prefix) && KNOWN.has(n.slice(prefix.length))) return n.slice(prefix.length);
  }
  const max = n.length < 8 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (let i = 0; i < EKS_ADDON_NAMES.length; i++) {
    const known = EKS_ADDON_NAMES[i]!;
    if (n.length >= 3 && known.startsWith(`${n}-`)) return known;
    const d = levenshtein(n, known, max);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * An `addons` entry whose name EKS does not have. eksctl passes the name as written to DescribeAddonVersions to
 * pick a version (pkg/actions/addon/addon.go getLatestMatchingVersion) and, finding none, stops with "no versions
 * available for <name>" before it creates the add-on, so `eksctl create cluster` ends in an error after the cluster
 * exists. The names this app knows are AWS's and the community add-ons (shared/data/eks-addon-names.ts); AWS
 * Marketplace add-ons and newer ones are not among them, so only a name close to a known one is reported, and as a
 * warning: it is very likely a typo, but the list cannot prove it.
 */
export const addonNameUnknown = defineConfigRule({
  id: 'addon.name-unknown',
  severity: 'warning',
  area: 'add-ons',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/workloads-add-ons-available-eks.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} lists the add-on "{{addon}}" ({{path}}), which is not the name of an EKS add-on this app knows but is close to {{suggestion}}. EKS has add-ons only under the names DescribeAddonVersions lists; for any other, eksctl stops after creating the cluster with the error: {{eksctlMessage}}. The app knows AWS and community add-ons, not every AWS Marketplace one, so the name may still be right if it is one of those.',
      fix: 'Name the add-on {{suggestion}} if that is the one meant; `aws eks describe-addon-versions --addon-name <name>` shows whether EKS has a name.',
    },
    ja: {
      message:
        'クラスター {{cluster}} はアドオン「{{addon}}」（{{path}}）を指定していますが、これはこのアプリが知っている EKS アドオンの名前ではなく、{{suggestion}} に似ています。EKS のアドオンは DescribeAddonVersions が示す名前でしか存在せず、それ以外の名前では eksctl はクラスターの作成後にエラー「{{eksctlMessage}}」で止まります。このアプリが知っているのは AWS とコミュニティのアドオンで、AWS Marketplace のアドオンをすべて知っているわけではないため、それらの 1 つであれば名前は正しい可能性があります。',
      fix: '意図したのが {{suggestion}} であれば、その名前を指定してください。`aws eks describe-addon-versions --addon-name <名前>` で EKS にその名前があるか確認できます。',
    },
  },
  needs: ['addons[].name'],
  checkConfig({ config }) {
    const addons: unknown = config.addons;
    if (!Array.isArray(addons)) return [];
    const out: ConfigFinding[] = [];
    for (let i = 0; i < addons.length; i++) {
      const addon: unknown = addons[i];
      if (!isObj(addon) || !filled(addon['name'])) continue;
      const name = addon['name'];
      if (KNOWN.has(name)) continue;
      const suggestion = nearestAddonName(name);
      if (suggestion === undefined) continue;
      out.push({
        path: ['addons', i, 'name'],
        params: { addon: name, suggestion, eksctlMessage: `no versions available for ${JSON.stringify(name)}` },
      });
    }
    return out;
  },
});

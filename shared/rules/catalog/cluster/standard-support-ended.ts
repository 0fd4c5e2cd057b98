import { defineConfigRule } from '../../config-rule.js';
import { supportPhase } from '../../../data/kubernetes-versions.js';

/**
 * AWS: extended support can only be turned off (upgrade policy STANDARD) for a cluster on a version in
 * standard support; once the version is past its end of standard support, the cluster is in extended support
 * and billed for it. So `upgradePolicy.supportType: STANDARD` with such a version is refused, and what it
 * meant to avoid (the extended-support price) is what the cluster would cost.
 */
export const standardSupportEnded = defineConfigRule({
  id: 'cluster.standard-support-ended',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/disable-extended-support.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} sets support type STANDARD, but Kubernetes {{version}} left standard support on {{endOfStandard}}: AWS allows STANDARD only for a version in standard support, and a cluster on {{version}} is in extended support, billed at the extended-support rate.',
      fix: 'Choose a version in standard support ({{standardVersions}}) to keep STANDARD, or set the support type of {{cluster}} to EXTENDED.',
    },
    ja: {
      message:
        'クラスター {{cluster}} はアップグレードポリシー STANDARD を指定していますが、Kubernetes {{version}} の標準サポートは {{endOfStandard}} に終了しています。AWS が STANDARD を認めるのは標準サポート中のバージョンだけで、{{version}} のクラスターは延長サポートになり、延長サポートの料金がかかります。',
      fix: 'STANDARD のままにするには標準サポート中のバージョン（{{standardVersions}}）を選ぶか、{{cluster}} のアップグレードポリシーを EXTENDED にしてください。',
    },
  },
  needs: ['upgradePolicy'],
  checkConfig({ config }, ctx) {
    const version = config.metadata?.version;
    if (typeof version !== 'string' || config.upgradePolicy?.supportType !== 'STANDARD') return [];
    if (supportPhase(ctx.calendar, version, ctx.today) !== 'extended') return [];
    const v = ctx.calendar.versions.find((x) => x.version === version)!;
    const standardVersions = ctx.calendar.versions
      .filter((x) => supportPhase(ctx.calendar, x.version, ctx.today) === 'standard')
      .map((x) => x.version)
      .join(', ');
    return [
      { path: ['upgradePolicy', 'supportType'], params: { version, endOfStandard: v.endOfStandardSupport, standardVersions } },
    ];
  },
});

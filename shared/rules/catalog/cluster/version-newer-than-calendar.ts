import { defineRule } from '../../define.js';
import { isNewerThanCalendar } from '../../../data/kubernetes-versions.js';

/**
 * A version newer than every version of the app's calendar may well exist by now (EKS adds a version every
 * few months); what this app cannot do is tell its support dates or price. So it says that, with the date of
 * the calendar, instead of calling the version unsupported. eksctl checks the version against EKS itself.
 */
export const versionNewerThanCalendar = defineRule({
  id: 'cluster.version-newer-than-calendar',
  severity: 'warning',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html',
  text: {
    en: {
      message:
        'Kubernetes {{version}} of cluster {{cluster}} is newer than this app\'s version calendar (dated {{asOf}}, newest {{newest}}), so its support dates and price are not checked; eksctl refuses it if EKS does not offer it yet ("invalid version, supported values: ...").',
      fix: 'Check that EKS offers Kubernetes {{version}} in {{region}} (aws eks describe-cluster-versions), or choose {{newest}}.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の Kubernetes {{version}} は、このアプリのバージョンカレンダー（{{asOf}} 時点、最新は {{newest}}）より新しいため、サポート期間と料金を確認できません。EKS がまだ提供していない場合、eksctl は拒否します（「invalid version, supported values: ...」）。',
      fix: '{{region}} の EKS が Kubernetes {{version}} を提供しているか確認する（aws eks describe-cluster-versions）か、{{newest}} を選んでください。',
    },
  },
  check(index, ctx) {
    const newest = ctx.calendar.versions[0]?.version ?? '';
    return index.ofKind('cluster').flatMap((c) =>
      isNewerThanCalendar(ctx.calendar, c.props.version)
        ? [
            {
              partIds: [c.id],
              params: { cluster: c.name, version: c.props.version, asOf: ctx.calendar.asOf, newest, region: c.props.region },
            },
          ]
        : [],
    );
  },
});

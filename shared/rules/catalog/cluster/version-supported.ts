import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { isNewerThanCalendar, supportPhase } from '../../../data/kubernetes-versions.js';

export const versionSupported = defineRule({
  id: 'cluster.version-supported',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html',
  text: {
    en: {
      message:
        'Kubernetes {{version}} of cluster {{cluster}} cannot be used to create an EKS cluster on {{today}}: it is not in standard or extended support (available: {{available}}).',
      fix: 'Choose a version in standard support; the newest is recommended.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の Kubernetes {{version}} は、{{today}} 時点で EKS クラスターの作成に使えません。標準サポートにも延長サポートにも含まれていません（使用可能: {{available}}）。',
      fix: '標準サポート中のバージョンを選んでください。最新バージョンを推奨します。',
    },
  },
  check(index, ctx) {
    const available = ctx.calendar.versions
      .filter((v) => {
        const phase = supportPhase(ctx.calendar, v.version, ctx.today);
        return phase === 'standard' || phase === 'extended';
      })
      .map((v) => v.version)
      .join(', ');
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per cluster on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const c = clusters[i]!;
      const phase = supportPhase(ctx.calendar, c.props.version, ctx.today);
      // A version newer than the calendar is cluster.version-newer-than-calendar's to report.
      if (phase === 'standard' || phase === 'extended' || isNewerThanCalendar(ctx.calendar, c.props.version)) continue;
      findings.push({ partIds: [c.id], params: { cluster: c.name, version: c.props.version, today: ctx.today, available } });
    }
    return findings;
  },
});

import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { EKS_CONTROL_PLANE_PRICES, extendedSupportExtraPerMonth } from '../../../data/eks-control-plane-prices.js';
import { supportPhase } from '../../../data/kubernetes-versions.js';

export const versionExtendedSupport = defineRule({
  id: 'cluster.version-extended-support',
  severity: 'warning',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html',
  text: {
    en: {
      message:
        'Kubernetes {{version}} of cluster {{cluster}} left standard support on {{endOfStandard}}: in extended support the control plane costs ${{extendedPrice}} per hour instead of ${{standardPrice}} (about +${{extraPerMonth}} a month), and it is upgraded automatically on {{endOfExtended}}.',
      fix: 'Upgrade to a version in standard support; support type STANDARD (upgraded at the end of standard support instead of paying for extended support) can be set only on a version still in standard support.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の Kubernetes {{version}} は {{endOfStandard}} に標準サポートが終了しました。延長サポート中のコントロールプレーンの料金は 1 時間あたり ${{standardPrice}} ではなく ${{extendedPrice}}（月額で約 ${{extraPerMonth}} 増）で、{{endOfExtended}} に自動でアップグレードされます。',
      fix: '標準サポート中のバージョンにアップグレードしてください。アップグレードポリシー STANDARD（延長サポートの料金を払わず標準サポート終了時にアップグレード）は、標準サポート中のバージョンにしか設定できません。',
    },
  },
  check(index, ctx) {
    const prices = EKS_CONTROL_PLANE_PRICES;
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per cluster on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const c = clusters[i]!;
      if (supportPhase(ctx.calendar, c.props.version, ctx.today) !== 'extended') continue;
      // STANDARD on such a version is cluster.standard-support-ended's error, which says the price too.
      if (c.props.supportType === 'STANDARD') continue;
      const v = ctx.calendar.versions.find((x) => x.version === c.props.version)!;
      findings.push({
        partIds: [c.id],
        params: {
          cluster: c.name,
          version: v.version,
          endOfStandard: v.endOfStandardSupport,
          endOfExtended: v.endOfExtendedSupport,
          standardPrice: prices.standardPerClusterHour.toFixed(2),
          extendedPrice: prices.extendedPerClusterHour.toFixed(2),
          extraPerMonth: extendedSupportExtraPerMonth(prices),
        },
      });
    }
    return findings;
  },
});

import { karpenterInterruptionQueueName, karpenterMayLaunchSpot } from '../../../export/karpenter-interruption.js';
import { defineConfigRule } from '../../config-rule.js';
import { isObj } from '../../facts/config-values.js';

/**
 * Karpenter drains a Spot node before EC2 reclaims it only with an interruption queue, which eksctl creates only
 * for `karpenter.withSpotInterruptionQueue: true` (facts in shared/export/karpenter-interruption.ts). The export
 * asks for it whenever the cluster's Karpenter may launch Spot (the generated NodePool then allows `spot`), and
 * the deployment bundle points Karpenter 0.33+ at it, since eksctl passes the name where those versions do not
 * look (eksctl issue #7697); a comment in cluster.yaml gives the same command to whoever deploys without the
 * bundle. What is left is a config that does not ask for the queue: an imported `false`, which the export keeps.
 */
export const karpenterSpotInterruption = defineConfigRule({
  id: 'as.karpenter-spot-interruption',
  severity: 'warning',
  area: 'autoscaling',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/karpenter.html',
  text: {
    en: {
      message:
        'Karpenter of cluster {{cluster}} may launch Spot nodes (its NodePool allows the capacity type spot), but cluster.yaml does not set karpenter.withSpotInterruptionQueue: true, so eksctl creates no interruption queue (the export keeps the false of an imported file). Without the queue Karpenter does not drain a Spot node before EC2 reclaims it, and its Pods stop abruptly.',
      fix: "Remove karpenter.withSpotInterruptionQueue: false (or set it to true) in the file {{cluster}} was imported from and import it again: the export then asks eksctl for the queue {{queue}}, and the deployment bundle's DEPLOY.md and deploy.sh point Karpenter at it (helm upgrade with settings.interruptionQueue={{queue}}). Or let Karpenter launch On-Demand nodes only.",
    },
    ja: {
      message:
        'クラスター {{cluster}} の Karpenter はスポットのノードを起動することがあります（NodePool がキャパシティタイプ spot を許可しています）が、cluster.yaml に karpenter.withSpotInterruptionQueue: true がないため、eksctl は中断キューを作成しません（インポートしたファイルの false をエクスポートはそのまま残します）。キューがないと、EC2 がスポットのノードを回収する前に Karpenter がノードをドレインしないため、その Pod は突然停止します。',
      fix: '{{cluster}} のインポート元のファイルで karpenter.withSpotInterruptionQueue: false を削除して（または true にして）インポートし直してください。エクスポートが eksctl にキュー {{queue}} の作成を指示し、デプロイバンドルの DEPLOY.md と deploy.sh が helm upgrade で settings.interruptionQueue={{queue}} を設定して、Karpenter にそのキューを使わせます。または Karpenter がオンデマンドのノードだけを起動するようにしてください。',
    },
  },
  needs: ['karpenter'],
  checkConfig({ cluster, config }) {
    const karpenter: unknown = config.karpenter;
    if (!isObj(karpenter) || !karpenterMayLaunchSpot(cluster.props.addons)) return [];
    if (karpenter['withSpotInterruptionQueue'] === true) return [];
    const path = 'withSpotInterruptionQueue' in karpenter ? ['karpenter', 'withSpotInterruptionQueue'] : ['karpenter'];
    // eksctl names the queue after metadata.name, which the export writes from the cluster's name.
    const name = typeof config.metadata?.name === 'string' ? config.metadata.name : cluster.name;
    return [{ path, params: { queue: karpenterInterruptionQueueName(name) } }];
  },
});

import type { PartOf } from '../../../model/parts.js';
import { defineRule } from '../../define.js';
import { isObj } from '../../facts/config-values.js';
import type { Finding } from '../../types.js';
import { parseGoVersion } from './karpenter-version.js';

/**
 * Below this Karpenter read the queue from `settings.aws.interruptionQueueName`, where eksctl puts its name
 * (pkg/karpenter/karpenter.go nests eksctl's settings under `aws` for versions before 0.33.0).
 */
const SETTINGS_AWS_BEFORE = [0, 33, 0] as const;

/** Whether eksctl's queue reaches this Karpenter: only an old release that reads `settings.aws`, and only when asked for. */
function eksctlQueueReaches(cluster: PartOf<'cluster'>): boolean {
  const karpenter = cluster.props.extra?.['karpenter'];
  if (!isObj(karpenter) || karpenter['withSpotInterruptionQueue'] !== true) return false;
  const parsed = parseGoVersion(cluster.props.addons.karpenterVersion);
  if (!parsed) return false;
  for (let i = 0; i < 3; i++) {
    const part = parsed.segments[i] ?? 0;
    if (part !== SETTINGS_AWS_BEFORE[i]) return part < SETTINGS_AWS_BEFORE[i]!;
  }
  return false;
}

/**
 * Karpenter handles Spot interruption notices only from an SQS queue fed by EventBridge, named in the chart's
 * `settings.interruptionQueue`. The exported cluster.yaml asks eksctl for no queue, and even
 * `karpenter.withSpotInterruptionQueue` does not help: eksctl passes the queue's name as
 * `settings.interruptionQueueName`, which Karpenter 0.33 and later ignore (eksctl issue #7697). So a NodePool that
 * allows Spot (the cluster's Karpenter capacity type, which the generated NodePool follows) runs without it.
 */
export const karpenterSpotInterruption = defineRule({
  id: 'as.karpenter-spot-interruption',
  severity: 'warning',
  area: 'autoscaling',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/karpenter.html',
  text: {
    en: {
      message:
        'Karpenter of cluster {{cluster}} may launch Spot nodes (its NodePool allows the capacity type spot), but no interruption queue is set up: eksctl creates one only with karpenter.withSpotInterruptionQueue, and passes its name as settings.interruptionQueueName, which Karpenter 0.33 and later do not read (eksctl issue #7697). Without the queue Karpenter does not drain a Spot node before EC2 reclaims it, and its Pods stop abruptly.',
      fix: 'Set karpenter.withSpotInterruptionQueue: true for {{cluster}} and, once eksctl has installed Karpenter, set the chart value settings.interruptionQueue to the queue name ({{cluster}}) with helm upgrade; or let Karpenter launch On-Demand nodes only.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の Karpenter はスポットのノードを起動することがあります（NodePool がキャパシティタイプ spot を許可しています）が、中断キューがありません。eksctl は karpenter.withSpotInterruptionQueue を指定したときだけキューを作成し、その名前を settings.interruptionQueueName として渡しますが、Karpenter 0.33 以降はこの値を読みません（eksctl issue #7697）。キューがないと、EC2 がスポットのノードを回収する前に Karpenter がノードをドレインしないため、その Pod は突然停止します。',
      fix: '{{cluster}} で karpenter.withSpotInterruptionQueue: true を設定し、eksctl が Karpenter をインストールした後に helm upgrade でチャートの値 settings.interruptionQueue をキュー名（{{cluster}}）にしてください。または Karpenter がオンデマンドのノードだけを起動するようにしてください。',
    },
  },
  check(index) {
    const out: Finding[] = [];
    for (const cluster of index.ofKind('cluster')) {
      const addons = cluster.props.addons;
      if (addons.nodeAutoscaler !== 'karpenter' || addons.karpenterCapacity.capacityType !== 'SPOT') continue;
      if (eksctlQueueReaches(cluster)) continue;
      out.push({ partIds: [cluster.id], params: { cluster: cluster.name } });
    }
    return out;
  },
});

/**
 * Karpenter's nodes. Karpenter launches and removes EC2 nodes as pods need them, so the design holds no
 * node count; the cluster's `addons.karpenterCapacity` (instance type, capacity type, average nodes) is
 * the user's editable guess, priced like a node group with the same instance price lookup.
 *
 * Not priced: the interruption queue the export asks eksctl for when Karpenter may launch Spot (an SQS standard
 * queue fed by four EventBridge rules; shared/export/karpenter-interruption.ts). It costs nearly nothing: EventBridge
 * delivers AWS service events on the default bus free, and Karpenter long-polls the queue with 20-second waits
 * (karpenter-provider-aws pkg/providers/sqs), about 130,000 requests a month plus a few per event, inside SQS's
 * 1 million free requests a month per account and $0.40 per million beyond them.
 */
import type { PartOf } from '../model/parts.js';
import { capacityText, instanceHoursLine, type CostContext } from './line.js';
import { costText } from './localize.js';
import type { CostLine } from './types.js';

/** One line per cluster with Karpenter: average nodes x hours at the assumed instance type's price. */
export function karpenterLines(ctx: CostContext): CostLine[] {
  return ctx.index
    .ofKind('cluster')
    .filter((c) => c.props.addons.nodeAutoscaler === 'karpenter')
    .map((cluster) => karpenterLine(ctx, cluster));
}

function karpenterLine(ctx: CostContext, cluster: PartOf<'cluster'>): CostLine {
  const { instanceType: type, capacityType, averageNodes } = cluster.props.addons.karpenterCapacity;
  const spot = capacityType === 'SPOT';
  const name = cluster.name || cluster.id;
  const item = costText('item.ec2-karpenter', { type, capacity: capacityText(spot), name });
  const quantity = averageNodes * ctx.assumptions.hoursPerMonth;
  const assumed = costText('note.karpenter', { count: averageNodes, type });
  return instanceHoursLine(ctx, { partId: cluster.id, item, type, spot, quantity, notes: [assumed], estimate: true });
}

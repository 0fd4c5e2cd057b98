/**
 * Karpenter's nodes. Karpenter launches and removes EC2 nodes as pods need them, so the design holds no
 * node count; the cluster's `addons.karpenterCapacity` (instance type, capacity type, average nodes) is
 * the user's editable guess, priced like a node group with the same instance price lookup.
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

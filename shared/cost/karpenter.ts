/**
 * Karpenter's nodes. Karpenter launches and removes EC2 nodes as pods need them, so the design holds no
 * node count; the cluster's `addons.karpenterCapacity` (instance type, capacity type, average nodes) is
 * the user's editable guess, priced like a node group with the same instance price lookup.
 */
import type { PartOf } from '../model/parts.js';
import { costLine, unpricedLine, type CostContext } from './line.js';
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
  const item = `EC2 ${type} ${spot ? 'spot' : 'on-demand'}, Karpenter nodes (${name})`;
  const quantity = averageNodes * ctx.assumptions.hoursPerMonth;
  const assumed = `Karpenter sizes its nodes itself; assumed ${averageNodes} ${type} node(s) on average (the cluster's Karpenter capacity, editable)`;
  const row = ctx.prices.instances[type];
  if (!row)
    return unpricedLine(
      cluster.id,
      item,
      quantity,
      'instance-hour',
      `${assumed}; no price for ${type} in ${ctx.prices.region}; not counted`,
    );
  if (!spot) return costLine(cluster.id, item, quantity, row, { estimate: true, note: assumed });
  const discount = ctx.assumptions.spotDiscount;
  return costLine(cluster.id, item, quantity, row, {
    unitPrice: row.price * (1 - discount),
    estimate: true,
    note: `${assumed}; spot estimated as on-demand ${row.price} less the assumed ${Math.round(discount * 100)} % discount (spotDiscount)`,
  });
}

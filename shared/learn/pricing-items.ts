/**
 * The design's cost estimate grouped into the pricing items of the study notes (「5. 料金形態」): the control plane,
 * the worker nodes, the load balancers, and data transfer with the network around it; other services (ECR, Cloud
 * Map, API Gateway) are a fifth group. The learning mode shows these sums beside the pricing concept, so the
 * abstract list reads as this design's own numbers.
 */
import type { CostLine } from '../cost/types.js';
import type { PartKind } from '../model/parts.js';
import { sumCents } from '../cost/money.js';

export const PRICING_ITEMS = ['control-plane', 'worker-nodes', 'load-balancers', 'data-transfer', 'other-services'] as const;
export type PricingItem = (typeof PRICING_ITEMS)[number];

const ITEM_OF_KIND: Record<PartKind, PricingItem> = {
  cluster: 'control-plane',
  'managed-node-group': 'worker-nodes',
  'self-managed-node-group': 'worker-nodes',
  'fargate-profile': 'worker-nodes',
  workload: 'worker-nodes',
  'on-prem-network': 'worker-nodes',
  alb: 'load-balancers',
  nlb: 'load-balancers',
  vpc: 'data-transfer',
  subnet: 'data-transfer',
  ecr: 'other-services',
  'cloud-map': 'other-services',
  'api-gateway': 'other-services',
};

/**
 * A line's item, by what it bills (its unit and item) first, since a part can carry lines of several items (the
 * cluster carries the control plane, Karpenter's nodes and internet data transfer), else by its part's kind.
 */
export function pricingItemOf(line: Pick<CostLine, 'unit' | 'item'>, kind: PartKind): PricingItem {
  if (/^cluster-hour$/.test(line.unit)) return 'control-plane';
  if (/instance-hour|vCPU-hour/.test(line.unit)) return 'worker-nodes';
  if (/^(ALB|NLB)-hour$|LCU/.test(line.unit)) return 'load-balancers';
  if (/data transfer|NAT gateway/i.test(line.item)) return 'data-transfer';
  return ITEM_OF_KIND[kind];
}

/** Monthly USD per pricing item, in the notes' order, for the lines whose part is still in the design. */
export function pricingItems(
  lines: readonly CostLine[],
  kindOf: (partId: string) => PartKind | undefined,
): { item: PricingItem; monthly: number; lines: number }[] {
  return PRICING_ITEMS.map((item) => {
    const mine = lines.filter((l) => {
      const kind = kindOf(l.partId);
      return kind !== undefined && pricingItemOf(l, kind) === item;
    });
    return { item, monthly: sumCents(mine.map((l) => l.monthly)), lines: mine.length };
  });
}

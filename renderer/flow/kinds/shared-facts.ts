/** Card facts that two kinds share (managed and self-managed node groups; ALB and NLB). */
import type { PropsOf } from '../../../shared/model/parts.js';

export function nodeGroupFacts(p: PropsOf<'managed-node-group'> | PropsOf<'self-managed-node-group'>): string[] {
  return [
    `${p.instanceTypes.join(', ')}${p.capacityType === 'SPOT' ? ' · Spot' : ''}`,
    `min ${p.minSize} / desired ${p.desiredCapacity} / max ${p.maxSize}`,
  ];
}

export function loadBalancerFacts(p: PropsOf<'alb'> | PropsOf<'nlb'>): string[] {
  return [`${p.scheme} · ${p.targetType}`];
}

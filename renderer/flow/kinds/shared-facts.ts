/** Card facts that two kinds share (managed and self-managed node groups; ALB and NLB). */
import type { PropsOf } from '../../../shared/model/parts.js';
import type { FactText } from './fact-texts.js';

export function nodeGroupFacts(p: PropsOf<'managed-node-group'> | PropsOf<'self-managed-node-group'>, text: FactText): string[] {
  return [
    `${p.instanceTypes.join(text.listSeparator)}${p.capacityType === 'SPOT' ? ` · ${text.spot}` : ''}`,
    text.sizes(p.minSize, p.desiredCapacity, p.maxSize),
  ];
}

export function loadBalancerFacts(p: PropsOf<'alb'> | PropsOf<'nlb'>, text: FactText): string[] {
  return [`${text.scheme[p.scheme]} · ${text.targetType[p.targetType]}`];
}

/** Network Load Balancer: a circle with parallel lines. */
import { circle, path } from '../glyph-shapes.js';
import { defineKindView } from './define.js';
import { loadBalancerFacts } from './shared-facts.js';

export const nlbView = defineKindView({
  kind: 'nlb',
  color: '#8c4fff',
  glyph: [circle(14, 14, 8.5), path('M9 10h10M9 14h10M9 18h10')],
  facts: loadBalancerFacts,
});

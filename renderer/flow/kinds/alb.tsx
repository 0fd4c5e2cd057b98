/** Application Load Balancer: a circle fanning out. */
import { circle, path } from '../glyph-shapes.js';
import { defineKindView } from './define.js';
import { loadBalancerFacts } from './shared-facts.js';

export const albView = defineKindView({
  kind: 'alb',
  color: '#8c4fff',
  glyph: [circle(14, 14, 8.5), path('M8 14h5M13 14l5-4M13 14l5 4M13 14h6')],
  facts: loadBalancerFacts,
});

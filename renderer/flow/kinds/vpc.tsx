/** VPC: a cloud with a box in it. */
import { path, rect } from '../glyph-shapes.js';
import { defineKindView } from './define.js';

export const vpcView = defineKindView({
  kind: 'vpc',
  color: '#8c4fff',
  glyph: [path('M8 16a5 5 0 0 1 1-9.8A6 6 0 0 1 20.5 8 4 4 0 0 1 20 16z'), rect(11, 12, 6, 5)],
  facts: (p, text) => [p.cidr, p.existingVpcId ?? text.nat[p.natGateway ?? 'unknown']],
});

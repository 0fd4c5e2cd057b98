/** Subnet: a dashed block inside a block. */
import { rect } from '../glyph-shapes.js';
import { defineKindView } from './define.js';

export const subnetView = defineKindView({
  kind: 'subnet',
  color: '#8c4fff',
  glyph: [rect(6, 6, 16, 16, { rx: 1, dash: '3 2' }), rect(10, 10, 8, 8)],
  facts: (p, text) => [`${text.access[p.access]} · ${p.availabilityZone}`, p.cidr],
});

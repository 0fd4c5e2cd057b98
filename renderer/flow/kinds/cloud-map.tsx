/** Cloud Map namespace: three linked points. */
import { circle, path } from '../glyph-shapes.js';
import { defineKindView } from './define.js';

export const cloudMapView = defineKindView({
  kind: 'cloud-map',
  color: '#e7157b',
  glyph: [circle(14, 8, 2.5), circle(8, 19, 2.5), circle(20, 19, 2.5), path('M13 10.2l-3.8 6.6M15 10.2l3.8 6.6M10.5 19h7')],
  facts: (p) => [`${p.namespaceName} · ${p.namespaceType}`],
});

/** EKS cluster: a hexagon with a K. */
import { path } from '../glyph-shapes.js';
import { defineKindView } from './define.js';

export const clusterView = defineKindView({
  kind: 'cluster',
  color: '#ed7100',
  glyph: [path('M14 4l8.5 5v10L14 24l-8.5-5V9z'), path('M11 9v10M11 14l5-5M11 14l5 5')],
  facts: (p) => [`v${p.version} · ${p.region}`],
});

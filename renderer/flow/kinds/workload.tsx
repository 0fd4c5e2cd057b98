/** Workload: a cube (a Pod). */
import { path } from '../glyph-shapes.js';
import { defineKindView } from './define.js';

export const workloadView = defineKindView({
  kind: 'workload',
  color: '#01a88d',
  glyph: [path('M14 5l8 4v10l-8 4-8-4V9z'), path('M14 12v11M6 9l8 3 8-3')],
  facts: (p, text) => [`${p.workloadKind} · ${p.namespace}`, text.replicas(p.replicas)],
});

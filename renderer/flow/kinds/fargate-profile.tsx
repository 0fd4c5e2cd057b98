/** Fargate profile: a box with no server in it. */
import { path } from '../glyph-shapes.js';
import { defineKindView } from './define.js';

export const fargateProfileView = defineKindView({
  kind: 'fargate-profile',
  color: '#ed7100',
  glyph: [path('M14 5l8 4.5v9L14 23l-8-4.5v-9z'), path('M6 9.5l8 4.5 8-4.5M14 14v9')],
  outline: 'dashed',
  facts: (p, text) => [p.selectors.map((s) => s.namespace).join(text.listSeparator) || '—'],
});

/** ECR repository: a crate. */
import { path, rect } from '../glyph-shapes.js';
import { defineKindView } from './define.js';

export const ecrView = defineKindView({
  kind: 'ecr',
  color: '#ed7100',
  glyph: [rect(6, 8, 16, 12, { rx: 1 }), path('M10 8v12M14 8v12M18 8v12')],
  facts: (p) => [p.repositoryName],
});

/** Managed node group: four nodes. */
import { rect } from '../glyph-shapes.js';
import { defineKindView } from './define.js';
import { nodeGroupFacts } from './shared-facts.js';

export const managedNodeGroupView = defineKindView({
  kind: 'managed-node-group',
  color: '#ed7100',
  glyph: [rect(5, 5, 8, 8), rect(15, 5, 8, 8), rect(5, 15, 8, 8), rect(15, 15, 8, 8)],
  outline: 'dashed',
  facts: nodeGroupFacts,
});

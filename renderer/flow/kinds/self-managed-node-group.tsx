/** Self-managed node group: three nodes and a plus (you add them). */
import { path, rect } from '../glyph-shapes.js';
import { defineKindView } from './define.js';
import { nodeGroupFacts } from './shared-facts.js';

export const selfManagedNodeGroupView = defineKindView({
  kind: 'self-managed-node-group',
  color: '#d45b07',
  glyph: [rect(5, 5, 8, 8), rect(15, 5, 8, 8), rect(5, 15, 8, 8), path('M19 15v8M15 19h8')],
  outline: 'dashed',
  facts: nodeGroupFacts,
});

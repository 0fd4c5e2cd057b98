import { describe, expect, it } from 'vitest';
import { addPart, moveParts } from '../../shared/editor/commands.js';
import type { Design } from '../../shared/model/design.js';
import { FlowSelector, problemsByPart, toEdges } from './to-flow.js';

function big(n: number): Design {
  let d: Design = { name: 'big', description: '', parts: [], connections: [] };
  d = addPart(d, 'vpc').design;
  d = addPart(d, 'cluster', { parentId: 'vpc-1' }).design;
  for (let i = 0; i < n; i++) d = addPart(d, 'ecr', { position: { x: i * 10, y: 0 } }).design;
  return d;
}

describe('FlowSelector', () => {
  it('orders parents before children and reuses untouched nodes across a move', () => {
    const d = big(1000);
    const sel = new FlowSelector();
    const first = sel.nodes(d, [], new Map());
    expect(first).toHaveLength(1002);
    expect(first.findIndex((n) => n.id === 'vpc-1')).toBeLessThan(first.findIndex((n) => n.id === 'cluster-1'));
    const moved = moveParts(d, [{ id: 'ecr-5', position: { x: 1, y: 1 } }]);
    const second = sel.nodes(moved, [], new Map());
    const changed = second.filter((n, i) => n !== first[i]);
    expect(changed.map((n) => n.id)).toEqual(['ecr-5']);
    expect(sel.nodes(moved, [], new Map())).toBe(second);
  });

  it('marks parts with their worst error or warning and selection', () => {
    const d = big(2);
    const problems = problemsByPart([
      { ruleId: 'a', severity: 'warning', partIds: ['ecr-1'], messageKey: '', fixKey: '', params: {}, source: '' },
      { ruleId: 'b', severity: 'error', partIds: ['ecr-1'], messageKey: '', fixKey: '', params: {}, source: '' },
      { ruleId: 'c', severity: 'info', partIds: ['ecr-2'], messageKey: '', fixKey: '', params: {}, source: '' },
    ]);
    const nodes = new FlowSelector().nodes(d, ['ecr-2'], problems);
    expect(nodes.find((n) => n.id === 'ecr-1')!.data.problem).toBe('error');
    expect(nodes.find((n) => n.id === 'ecr-2')!.data.problem).toBeUndefined();
    expect(nodes.find((n) => n.id === 'ecr-2')!.selected).toBe(true);
    expect(nodes.find((n) => n.id === 'cluster-1')!.parentId).toBe('vpc-1');
  });

  it('turns connections into edges', () => {
    const d: Design = { ...big(1), connections: [{ id: 'conn-1', from: 'ecr-1', to: 'cluster-1', label: 'x' }] };
    expect(toEdges(d.connections, ['conn-1'])).toMatchObject([
      { id: 'conn-1', source: 'ecr-1', target: 'cluster-1', label: 'x', selected: true },
    ]);
  });
});

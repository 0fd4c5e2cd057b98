import { describe, expect, it } from 'vitest';
import { addPart, moveParts, reparent } from '../../shared/editor/commands.js';
import type { Design } from '../../shared/model/design.js';
import { FlowSelector, problemsByPart } from './to-flow.js';

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

  it('re-orders and re-depths nodes when a part moves under another parent, after moves that kept them', () => {
    // ecr-1 sits at the top level before the VPC in document order only once it is reparented under the cluster.
    let d: Design = { name: 'd', description: '', parts: [], connections: [] };
    d = addPart(d, 'ecr').design;
    d = addPart(d, 'vpc').design;
    d = addPart(d, 'cluster', { parentId: 'vpc-1' }).design;
    const sel = new FlowSelector();
    sel.nodes(d, [], new Map());
    d = moveParts(d, [{ id: 'vpc-1', position: { x: 5, y: 5 } }]);
    expect(sel.nodes(d, [], new Map()).map((n) => n.id)).toEqual(['ecr-1', 'vpc-1', 'cluster-1']);
    const nested = reparent(d, 'cluster-1', undefined);
    const back = reparent(nested, 'cluster-1', 'vpc-1');
    const nodes = sel.nodes(back, [], new Map());
    expect(nodes.map((n) => n.id)).toEqual(['ecr-1', 'vpc-1', 'cluster-1']);
    expect(nodes.find((n) => n.id === 'cluster-1')!.zIndex).toBe(61);
    const top = sel.nodes(nested, [], new Map());
    expect(top.find((n) => n.id === 'cluster-1')!.zIndex).toBe(60);
    expect(top.find((n) => n.id === 'cluster-1')!.parentId).toBeUndefined();
  });

  it('copes with one part removed and another added in one edit (same count, new part at the top level)', () => {
    let d: Design = { name: 'd', description: '', parts: [], connections: [] };
    d = addPart(d, 'vpc').design;
    d = addPart(d, 'ecr').design;
    const sel = new FlowSelector();
    sel.nodes(d, [], new Map());
    const swapped: Design = { ...d, parts: [d.parts[0]!, { ...d.parts[1]!, id: 'ecr-9' }] };
    expect(sel.nodes(swapped, [], new Map()).map((n) => n.id)).toEqual(['vpc-1', 'ecr-9']);
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
});

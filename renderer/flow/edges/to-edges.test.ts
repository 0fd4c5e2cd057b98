import { describe, expect, it } from 'vitest';
import { addPart, connect, updatePart } from '../../../shared/editor/commands.js';
import type { Design } from '../../../shared/model/design.js';
import { FlowSelector } from '../to-flow.js';
import { EdgeEnds, EDGE_Z_INDEX, SELECTED_EDGE_Z_INDEX, toEdges, type DescribeEdge } from './to-edges.js';

const describeEdge: DescribeEdge = (from, to, kind) => `${from.kind} ${from.name} to ${to.kind} ${to.name} (${kind})`;

function design(): Design {
  let d: Design = { name: 't', description: '', parts: [], connections: [] };
  d = addPart(d, 'vpc').design;
  d = addPart(d, 'cluster', { parentId: 'vpc-1' }).design;
  d = addPart(d, 'workload', { parentId: 'cluster-1', name: 'frontend' }).design;
  d = addPart(d, 'alb', { parentId: 'vpc-1', name: 'web-alb' }).design;
  d = addPart(d, 'ecr', { name: 'images' }).design;
  d = connect(d, 'alb-1', 'workload-1', '/api').design;
  d = connect(d, 'ecr-1', 'workload-1').design;
  return d;
}

describe('toEdges', () => {
  it('gives each edge its kind, an arrowhead in its colour and a name made of its parts', () => {
    const d = design();
    const edges = toEdges(d.connections, ['conn-1'], new EdgeEnds().of(d.parts), describeEdge);
    expect(edges).toMatchObject([
      {
        id: 'conn-1',
        source: 'alb-1',
        target: 'workload-1',
        type: 'connection',
        label: '/api',
        selected: true,
        data: { kind: 'traffic' },
        markerEnd: { type: 'arrowclosed', color: '#1a73e8' },
        className: 'connection kind-traffic',
        ariaLabel: 'alb web-alb to workload frontend (traffic)',
        zIndex: SELECTED_EDGE_Z_INDEX,
      },
      { id: 'conn-2', data: { kind: 'image-pull' }, selected: false, label: undefined, zIndex: EDGE_Z_INDEX },
    ]);
  });

  it('draws a selected connection over every part, and the others under the cards', () => {
    const d = design();
    const nodes = new FlowSelector().nodes(d, [], new Map(), new Set());
    const partZ = nodes.map((n) => n.zIndex ?? 0);
    const [selected, other] = toEdges(d.connections, ['conn-1'], new EdgeEnds().of(d.parts), describeEdge);
    expect(selected!.zIndex).toBeGreaterThan(Math.max(...partZ));
    expect(other!.zIndex).toBeLessThan(Math.min(...partZ));
  });

  it('keeps the same ends while only positions change, and follows a rename', () => {
    const d = design();
    const ends = new EdgeEnds();
    const first = ends.of(d.parts);
    const moved = { ...d, parts: d.parts.map((p) => ({ ...p, position: { x: p.position.x + 5, y: 0 } })) };
    expect(ends.of(moved.parts)).toBe(first);
    const renamed = updatePart(d, 'alb-1', { name: 'public-alb' });
    const after = ends.of(renamed.parts);
    expect(after).not.toBe(first);
    expect(after.get('alb-1')).toEqual({ kind: 'alb', name: 'public-alb' });
  });
});

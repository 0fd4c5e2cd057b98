import { describe, expect, it } from 'vitest';
import { compareDesigns } from '../../shared/diff/index.js';
import { addPart, connect, deleteConnections, deleteParts } from '../../shared/editor/commands.js';
import type { Design } from '../../shared/model/design.js';
import { KUBERNETES_VERSION_CALENDAR } from '../../shared/data/kubernetes-versions.js';
import { loadTemplate } from '../../templates/index.js';
import { FlowSelector } from '../flow/to-flow.js';
import { COMPARE_PALETTE } from '../export/palette.js';
import { EdgeEnds, toEdges } from '../flow/edges/to-edges.js';
import {
  addedConnectionIds,
  changeOf,
  compareStatuses,
  ghostEdges,
  ghostNodes,
  GHOST_PREFIX,
  markEdges,
  markNodes,
  showValue,
} from './compare-view.js';

const TODAY = '2026-11-28';

/** The web application template, then: ng-web scaled from 3 to 5, the backoffice workload deleted, an ECR added. */
function edited(): { before: Design; after: Design; addedId: string } {
  const before = loadTemplate('web-application').design;
  let after: Design = {
    ...before,
    parts: before.parts.map((p) => (p.id === 'ng-web' ? ({ ...p, props: { ...p.props, desiredCapacity: 5 } } as typeof p) : p)),
  };
  after = deleteParts(after, ['wl-backoffice']);
  const added = addPart(after, 'ecr', { position: { x: 40, y: 360 } });
  return { before, after: added.design, addedId: added.id };
}

function compare(before: Design, after: Design) {
  return compareDesigns(before, after, { today: TODAY, ctx: { today: TODAY, calendar: KUBERNETES_VERSION_CALENDAR } });
}

describe('compare view', () => {
  it('marks the added part green and the changed one amber, and nothing else', () => {
    const { before, after, addedId } = edited();
    const statuses = compareStatuses(compare(before, after));
    expect([...statuses].sort()).toEqual(
      [
        [addedId, 'added'],
        ['ng-web', 'changed'],
      ].sort(),
    );
  });

  it('adds the compare class to marked nodes only, and keeps a marked node while nothing changes', () => {
    const { before, after, addedId } = edited();
    const statuses = compareStatuses(compare(before, after));
    const nodes = new FlowSelector().nodes(after, [], new Map());
    const marked = markNodes(nodes, statuses);
    const cls = (id: string) => marked.find((n) => n.id === id)!.className;
    expect(cls('ng-web')).toBe('part-group compare-changed');
    expect(cls(addedId)).toBe('part-card compare-added');
    expect(cls('alb')).toBe('part-card');
    expect(marked.find((n) => n.id === 'alb')).toBe(nodes.find((n) => n.id === 'alb'));
    expect(markNodes(nodes, statuses)).toEqual(marked);
    expect(markNodes(nodes, statuses)[nodes.findIndex((n) => n.id === 'ng-web')]).toBe(
      marked[nodes.findIndex((n) => n.id === 'ng-web')],
    );
  });

  it('draws a removed part as a ghost from the other design, where it was there, and not editable', () => {
    const { before, after } = edited();
    const ghosts = ghostNodes(before, compare(before, after));
    expect(ghosts).toHaveLength(1);
    const ghost = ghosts[0]!;
    expect(ghost.id).toBe(`${GHOST_PREFIX}wl-backoffice`);
    // vpc (320, 40) + cluster (40, 320) + fargate profile (360, 80) + workload (40, 80): its container chain
    // may be gone from the open design, so the ghost has no parent and an absolute position.
    expect(ghost.position).toEqual({ x: 760, y: 520 });
    expect(ghost.parentId).toBeUndefined();
    expect(ghost.data.part.parentId).toBeUndefined();
    expect(ghost.data.part.name).toBe('backoffice');
    expect(ghost).toMatchObject({ selectable: false, draggable: false, connectable: false, deletable: false });
    expect(ghost.className).toBe('part-card compare-removed');
  });

  it('draws the removed connections as dashed red ghost edges to the ghost or the part still there, added ones green', () => {
    const { before, after: edited1 } = edited();
    // Also the ALB's traffic to wl-web (conn-1) deleted, and ecr-backoffice now feeding wl-web.
    const added = connect(deleteConnections(edited1, ['wl-backoffice', 'conn-1']), 'ecr-backoffice', 'wl-web');
    const c = compare(before, added.design);
    const ghosts = ghostEdges(before, added.design, c);
    expect(ghosts.map((e) => [e.id, e.source, e.target])).toEqual([
      [`${GHOST_PREFIX}conn-1`, 'alb', 'wl-web'],
      [`${GHOST_PREFIX}conn-3`, 'ecr-backoffice', `${GHOST_PREFIX}wl-backoffice`],
    ]);
    // Every end is a node of the canvas in compare mode: the open design's parts and the ghost parts.
    const nodeIds = new Set([...added.design.parts.map((p) => p.id), ...ghostNodes(before, c).map((n) => n.id)]);
    for (const e of ghosts) expect([nodeIds.has(e.source), nodeIds.has(e.target)]).toEqual([true, true]);
    expect(ghosts[0]!.label).toBe('HTTPS /');

    const edges = toEdges(added.design.connections, [], new EdgeEnds().of(added.design.parts), () => 'edge');
    const shown = markEdges(edges, addedConnectionIds(c), ghosts);
    const byId = new Map(shown.map((e) => [e.id, e]));
    expect(shown).toHaveLength(edges.length + 2);
    const green = byId.get(added.id)!;
    expect(green.data?.compare).toBe('added');
    expect(green.className).toContain('compare-added');
    expect(green.markerEnd).toMatchObject({ color: COMPARE_PALETTE.added });
    for (const id of [`${GHOST_PREFIX}conn-1`, `${GHOST_PREFIX}conn-3`]) {
      expect(byId.get(id)).toMatchObject({
        selectable: false,
        focusable: false,
        deletable: false,
        data: { compare: 'removed' },
        markerEnd: { color: COMPARE_PALETTE.removed },
      });
      expect(byId.get(id)!.className).toContain('compare-removed');
    }
    // Unchanged connections are the very same edges.
    expect(byId.get('conn-2')).toBe(edges.find((e) => e.id === 'conn-2'));
  });

  it('finds the ends of a removed connection by matching, when the two designs number their parts differently', () => {
    const after = loadTemplate('web-application').design;
    // The same design with every id renamed (as two imports of different files number them), and one more
    // connection, which the open design does not have.
    const rename = (id: string) => `old-${id}`;
    const before: Design = {
      ...after,
      parts: after.parts.map((p) => ({ ...p, id: rename(p.id), ...(p.parentId ? { parentId: rename(p.parentId) } : {}) })),
      connections: [
        ...after.connections.map((x) => ({ ...x, from: rename(x.from), to: rename(x.to) })),
        { id: 'conn-9', from: rename('ecr-backoffice'), to: rename('wl-web'), label: '' },
      ],
    };
    const c = compare(before, after);
    expect(c.connections.removed.map((r) => r.id)).toEqual(['conn-9']);
    expect(ghostEdges(before, after, c).map((e) => [e.source, e.target])).toEqual([['ecr-backoffice', 'wl-web']]);
  });

  it("lists a changed part's fields old -> new, and nothing for an unchanged part", () => {
    const { before, after } = edited();
    const c = compare(before, after);
    expect(changeOf(c, 'ng-web')?.changes).toEqual([{ path: 'props.desiredCapacity', before: 3, after: 5 }]);
    expect(changeOf(c, 'alb')).toBeUndefined();
  });

  it('shows values as a reviewer reads them', () => {
    expect(showValue('m6i.large')).toBe('m6i.large');
    expect(showValue(['a', 'b'])).toBe('["a","b"]');
    expect(showValue(3)).toBe('3');
    expect(showValue(undefined)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { buildScene, hitTest, newSceneCache, sameStill } from './scene.js';
import { generateDesign } from '../../../bench/generate-design.js';
import { absoluteRect, partMap } from '../../../shared/editor/geometry.js';
import { moveParts } from '../../../shared/editor/commands.js';
import type { Design } from '../../../shared/model/design.js';
import type { Part } from '../../../shared/model/parts.js';

function part(
  id: string,
  kind: Part['kind'],
  x: number,
  y: number,
  parentId?: string,
  size?: { width: number; height: number },
): Part {
  return {
    id,
    kind,
    name: id,
    position: { x, y },
    ...(parentId ? { parentId } : {}),
    ...(size ? { size } : {}),
    props: {},
  } as unknown as Part;
}

const small: Design = {
  name: 't',
  description: '',
  parts: [
    part('vpc', 'vpc', 0, 0, undefined, { width: 1000, height: 800 }),
    part('cl', 'cluster', 100, 100, 'vpc', { width: 600, height: 500 }),
    part('ng', 'managed-node-group', 50, 60, 'cl', { width: 400, height: 300 }),
    part('w', 'workload', 20, 60, 'ng', { width: 200, height: 80 }),
    part('alb', 'alb', 750, 100, 'vpc', { width: 200, height: 80 }),
  ],
  connections: [{ id: 'c1', from: 'alb', to: 'w', label: '' }],
};

describe('overview scene', () => {
  it('places every part at its absolute position, as the editor geometry does', () => {
    const design = generateDesign(400);
    const scene = buildScene(design, [], new Map());
    const byId = partMap(design);
    const boxes = [...scene.containers, ...scene.cards];
    expect(boxes).toHaveLength(design.parts.length);
    for (const b of boxes) {
      const r = absoluteRect(byId, byId.get(b.id)!);
      expect({ x: b.x, y: b.y, width: b.width, height: b.height }).toEqual(r);
    }
    expect(scene.edges).toHaveLength(design.connections.length);
  });

  it('orders containers parents first and cards by depth, keeping document order on ties', () => {
    const scene = buildScene(small, [], new Map());
    expect(scene.containers.map((b) => b.id)).toEqual(['vpc', 'cl', 'ng']);
    expect(scene.cards.map((b) => b.id)).toEqual(['alb', 'w']);
    expect(scene.cards.map((b) => b.depth)).toEqual([1, 3]);
  });

  it('hits the card on top, then the innermost container, then nothing', () => {
    const scene = buildScene(small, [], new Map());
    // w is at vpc(0) + cl(100) + ng(50) + 20 = 170, y 0 + 100 + 60 + 60 = 220
    expect(hitTest(scene, { x: 171, y: 221 })?.id).toBe('w');
    expect(hitTest(scene, { x: 160, y: 170 })?.id).toBe('ng');
    expect(hitTest(scene, { x: 110, y: 110 })?.id).toBe('cl');
    expect(hitTest(scene, { x: 5, y: 5 })?.id).toBe('vpc');
    expect(hitTest(scene, { x: 1200, y: 5 })).toBeUndefined();
  });

  it('marks selection and problems, and draws a connection from the right of its source to the left of its target', () => {
    const scene = buildScene(small, ['w', 'c1'], new Map([['alb', 'error' as const]]));
    const w = scene.cards.find((b) => b.id === 'w')!;
    const alb = scene.cards.find((b) => b.id === 'alb')!;
    expect(w.selected).toBe(true);
    expect(alb.problem).toBe('error');
    expect(scene.edges[0]!.selected).toBe(true);
    // Drawn in the colour of its kind, as on the canvas.
    expect(scene.edges[0]!.kind).toBe('traffic');
    // Starts 6 px right of the ALB's right side at its middle (React Flow's handle), ends 6 px left of the workload.
    expect(scene.edges[0]!.path.startsWith(`M${750 + 200 + 6} ${100 + 40}`)).toBe(true);
    expect(scene.edges[0]!.path.trim().endsWith(`${170 - 6} ${220 + 40}`)).toBe(true);
  });

  it('keeps the boxes and paths of parts and connections a move left alone, and redoes the rest', () => {
    const cache = newSceneCache();
    const a = buildScene(small, [], new Map(), cache);
    const same = buildScene({ ...small, parts: [...small.parts] }, [], new Map(), cache);
    expect(same.edges[0]!.path).toBe(a.edges[0]!.path);
    expect(same.cards).toEqual(a.cards);
    expect(same.cards.every((b, i) => b === a.cards[i])).toBe(true);
    const moved = buildScene(moveParts(small, [{ id: 'alb', position: { x: 760, y: 300 } }]), [], new Map(), cache);
    expect(moved.edges[0]!.path).not.toBe(a.edges[0]!.path);
    expect(moved.cards.find((b) => b.id === 'w')).toBe(a.cards.find((b) => b.id === 'w'));
    expect(moved.cards.find((b) => b.id === 'alb')).not.toBe(a.cards.find((b) => b.id === 'alb'));
    // Moving a container moves what is inside it: new boxes for the whole subtree.
    const outer = buildScene(moveParts(small, [{ id: 'cl', position: { x: 120, y: 100 } }]), [], new Map(), cache);
    expect(outer.cards.find((b) => b.id === 'w')!.x).toBe(190);
    // A new selection or problem is a new box.
    const marked = buildScene(small, ['alb'], new Map([['w', 'warning' as const]]), cache);
    expect(marked.cards.find((b) => b.id === 'alb')!.selected).toBe(true);
    expect(marked.cards.find((b) => b.id === 'w')!.problem).toBe('warning');
    // A finding's other part, outlined while its first part is selected, is a new box too (the overview draws it).
    const outlined = buildScene(small, ['alb'], new Map([['w', 'warning' as const]]), cache, new Set(['w']));
    expect(outlined.cards.find((b) => b.id === 'w')!.highlighted).toBe(true);
    expect(outlined.cards.find((b) => b.id === 'alb')!.highlighted).toBe(false);
    expect(outlined.cards.find((b) => b.id === 'w')).not.toBe(marked.cards.find((b) => b.id === 'w'));
    expect(moved.edges[0]!.path.startsWith(`M${760 + 206} ${340}`)).toBe(true);
  });

  it('skips connections to missing parts and survives a parent cycle', () => {
    const broken: Design = {
      ...small,
      parts: [part('a', 'cluster', 10, 10, 'b'), part('b', 'cluster', 10, 10, 'a')],
      connections: [{ id: 'x', from: 'a', to: 'gone', label: '' }],
    };
    const scene = buildScene(broken, [], new Map());
    expect(scene.containers).toHaveLength(2);
    expect(scene.edges).toHaveLength(0);
  });

  it('bounds everything', () => {
    const scene = buildScene(small, [], new Map());
    expect(scene.bounds).toEqual({ x: 0, y: 0, width: 1000, height: 800 });
    expect(buildScene({ ...small, parts: [], connections: [] }, [], new Map()).bounds).toEqual({
      x: 0,
      y: 0,
      width: 0,
      height: 0,
    });
  });

  it('tells a drag frame that moved only the dragged parts from one that changed anything else', () => {
    const cache = newSceneCache();
    const moving = new Set(['alb']);
    const a = buildScene(small, [], new Map(), cache);
    const dragged = buildScene(moveParts(small, [{ id: 'alb', position: { x: 700, y: 400 } }]), [], new Map(), cache);
    // The ALB and its connection moved: still the same picture of everything else.
    expect(sameStill(a, dragged, moving)).toBe(true);
    // Anything else moving, selected or marked is not.
    const other = buildScene(
      moveParts(small, [
        { id: 'alb', position: { x: 700, y: 400 } },
        { id: 'ng', position: { x: 60, y: 60 } },
      ]),
      [],
      new Map(),
      cache,
    );
    expect(sameStill(dragged, other, moving)).toBe(false);
    expect(
      sameStill(
        other,
        buildScene(
          moveParts(small, [
            { id: 'alb', position: { x: 700, y: 400 } },
            { id: 'ng', position: { x: 60, y: 60 } },
          ]),
          ['cl'],
          new Map(),
          cache,
        ),
        moving,
      ),
    ).toBe(false);
    const before = buildScene(small, [], new Map(), cache);
    expect(sameStill(before, buildScene(small, [], new Map([['vpc', 'warning' as const]]), cache), moving)).toBe(false);
    expect(sameStill(before, buildScene({ ...small, connections: [] }, [], new Map(), cache), moving)).toBe(false);
  });
});

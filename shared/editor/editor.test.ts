/** Headless harness: drives commands, transactions and undo with no React. */
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.js';
import { addPart, deleteParts, moveParts } from './commands.js';
import { Editor } from './editor.js';
import { History } from './history.js';

const empty: Design = { name: 't', description: '', parts: [], connections: [] };

describe('Editor', () => {
  it('undoes and redoes each command', () => {
    const ed = new Editor(empty);
    ed.apply((d) => addPart(d, 'vpc').design);
    ed.apply((d) => addPart(d, 'cluster', { parentId: 'vpc-1' }).design);
    expect(ed.design.parts).toHaveLength(2);
    expect(ed.undo()).toBe(true);
    expect(ed.design.parts.map((p) => p.id)).toEqual(['vpc-1']);
    expect(ed.redo()).toBe(true);
    expect(ed.design.parts).toHaveLength(2);
    expect(ed.redo()).toBe(false);
    ed.undo();
    ed.apply((d) => addPart(d, 'ecr').design);
    expect(ed.canRedo).toBe(false);
  });

  it('makes one undo step of a drag transaction', () => {
    const ed = new Editor(addPart(empty, 'ecr').design);
    const start = ed.design;
    ed.begin();
    for (let x = 1; x <= 30; x++) ed.apply((d) => moveParts(d, [{ id: 'ecr-1', position: { x, y: x } }]));
    ed.commit();
    expect(ed.design.parts[0]!.position).toEqual({ x: 30, y: 30 });
    ed.undo();
    expect(ed.design).toBe(start);
    expect(ed.canUndo).toBe(false);
  });

  it('does not record a transaction that changed nothing, and cancel restores the start', () => {
    const ed = new Editor(addPart(empty, 'ecr').design);
    ed.begin();
    ed.commit();
    expect(ed.canUndo).toBe(false);
    const start = ed.design;
    ed.begin();
    ed.apply((d) => moveParts(d, [{ id: 'ecr-1', position: { x: 9, y: 9 } }]));
    ed.cancel();
    expect(ed.design).toBe(start);
  });

  it('drops deleted parts from the selection on undo and notifies listeners', () => {
    const ed = new Editor(empty);
    let calls = 0;
    ed.subscribe(() => calls++);
    ed.apply((d) => addPart(d, 'ecr').design);
    ed.select(['ecr-1']);
    ed.undo();
    expect(ed.selection).toEqual([]);
    expect(calls).toBe(3);
    expect(ed.apply((d) => deleteParts(d, ['none']))).toBe(false);
  });

  it('counts committed revisions, not drag frames', () => {
    const ed = new Editor(addPart(empty, 'ecr').design);
    const r0 = ed.revision;
    ed.begin();
    ed.apply((d) => moveParts(d, [{ id: 'ecr-1', position: { x: 1, y: 1 } }]));
    ed.apply((d) => moveParts(d, [{ id: 'ecr-1', position: { x: 2, y: 1 } }]));
    expect(ed.revision).toBe(r0);
    ed.commit();
    expect(ed.revision).toBe(r0 + 1);
  });
});

describe('History', () => {
  it('keeps at most `limit` steps', () => {
    const h = new History<number>(3);
    for (let i = 0; i < 10; i++) h.record(i);
    let cur = 10;
    let steps = 0;
    for (let prev = h.undo(cur); prev !== undefined; prev = h.undo(cur)) {
      cur = prev;
      steps++;
    }
    expect(steps).toBe(3);
    expect(cur).toBe(7);
  });
});

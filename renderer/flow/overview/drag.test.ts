import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../../bench/generate-design.js';
import { deleteParts } from '../../../shared/editor/commands.js';
import { absoluteRect, partMap } from '../../../shared/editor/geometry.js';
import { AppStore } from '../../store/app-store.js';
import { OverviewDrag } from './drag.js';

function opened(): AppStore {
  const store = new AppStore();
  store.openDesign(generateDesign(100), null, true);
  return store;
}
const pos = (store: AppStore, id: string) => store.editor.design.parts.find((p) => p.id === id)!.position;
const parent = (store: AppStore, id: string) => store.editor.design.parts.find((p) => p.id === id)!.parentId;
const screen = { x: 0, y: 0 };

describe('dragging on the overview canvas', () => {
  it('selects an unselected part on press and moves it by the pointer travel, as one undo step', () => {
    const store = opened();
    const before = { ...pos(store, 's0-web') };
    const drag = new OverviewDrag(store, 's0-web', { x: 100, y: 100 }, screen, false);
    expect(store.editor.selection).toEqual(['s0-web']);
    expect(drag.move({ x: 103, y: 101 }, { x: 3, y: 1 })).toBe(true);
    expect(drag.move({ x: 110, y: 105 }, { x: 10, y: 5 })).toBe(true);
    expect(pos(store, 's0-web')).toEqual({ x: before.x + 10, y: before.y + 5 });
    drag.release();
    expect(store.getState().dirty).toBe(true);
    expect(store.editor.undo()).toBe(true);
    expect(pos(store, 's0-web')).toEqual(before);
    expect(store.editor.canUndo).toBe(false);
  });

  it('does not move for a press without travel, and a plain click on a selected part keeps the selection', () => {
    const store = opened();
    store.editor.select(['s0-web', 's0-api']);
    const design = store.editor.design;
    const drag = new OverviewDrag(store, 's0-api', { x: 0, y: 0 }, screen, false);
    expect(store.editor.selection).toEqual(['s0-web', 's0-api']);
    expect(drag.move({ x: 0.1, y: 0 }, { x: 0.5, y: 0 })).toBe(false);
    drag.release();
    expect(store.editor.design).toBe(design);
    expect(store.editor.selection).toEqual(['s0-web', 's0-api']);
    // A plain click on an unselected part selects it alone.
    new OverviewDrag(store, 's0-cache', { x: 0, y: 0 }, screen, false).release();
    expect(store.editor.selection).toEqual(['s0-cache']);
  });

  it('moves every selected part, and a part inside a selected container only with it', () => {
    const store = opened();
    store.editor.select(['s0-ng-general', 's0-web', 's0-alb']);
    const ng = { ...pos(store, 's0-ng-general') };
    const web = { ...pos(store, 's0-web') };
    const alb = { ...pos(store, 's0-alb') };
    const drag = new OverviewDrag(store, 's0-alb', { x: 0, y: 0 }, screen, false);
    drag.move({ x: 4, y: 2 }, { x: 4, y: 2 });
    expect(pos(store, 's0-ng-general')).toEqual({ x: ng.x + 4, y: ng.y + 2 });
    expect(pos(store, 's0-alb')).toEqual({ x: alb.x + 4, y: alb.y + 2 });
    // Relative to its node group, which moved: the workload itself stays put inside it.
    expect(pos(store, 's0-web')).toEqual(web);
    drag.release();
    expect(store.editor.selection).toEqual(['s0-ng-general', 's0-web', 's0-alb']);
  });

  it('adds with a multi-select key, deselects on such a click, and drags the selection on such a drag', () => {
    const store = opened();
    store.editor.select(['s0-web']);
    new OverviewDrag(store, 's0-api', { x: 0, y: 0 }, screen, true).release();
    expect(store.editor.selection).toEqual(['s0-web', 's0-api']);
    const web = { ...pos(store, 's0-web') };
    const api = { ...pos(store, 's0-api') };
    const both = new OverviewDrag(store, 's0-api', { x: 0, y: 0 }, screen, true);
    both.move({ x: 7, y: 10 }, { x: 7, y: 10 });
    both.release();
    expect(store.editor.selection).toEqual(['s0-web', 's0-api']);
    expect(pos(store, 's0-web')).toEqual({ x: web.x + 7, y: web.y + 10 });
    expect(pos(store, 's0-api')).toEqual({ x: api.x + 7, y: api.y + 10 });
    const design = store.editor.design;
    new OverviewDrag(store, 's0-api', { x: 0, y: 0 }, screen, true).release();
    expect(store.editor.design).toBe(design);
    expect(store.editor.selection).toEqual(['s0-web']);
  });

  it('settles a part dropped over another container into it', () => {
    const store = opened();
    const byId = partMap(store.editor.design);
    const web = absoluteRect(byId, byId.get('s0-web')!);
    const spot = absoluteRect(byId, byId.get('s0-ng-spot')!);
    // Drag the workload's centre to the middle of the spot node group.
    const from = { x: web.x + web.width / 2, y: web.y + web.height / 2 };
    const to = { x: spot.x + spot.width / 2, y: spot.y + spot.height - 30 };
    const drag = new OverviewDrag(store, 's0-web', from, screen, false);
    drag.move(to, { x: 100, y: 100 });
    drag.release();
    expect(parent(store, 's0-web')).toBe('s0-ng-spot');
    store.editor.undo();
    expect(parent(store, 's0-web')).toBe('s0-ng-general');
  });

  it('puts the parts back when the drag is cancelled', () => {
    const store = opened();
    const design = store.editor.design;
    const drag = new OverviewDrag(store, 's0-web', { x: 0, y: 0 }, screen, false);
    drag.move({ x: 30, y: 30 }, { x: 30, y: 30 });
    expect(drag.dragging).toBe(true);
    drag.cancel();
    expect(store.editor.design).toBe(design);
    expect(store.editor.inTransaction).toBe(false);
  });
});

describe('a drag interrupted by an undo', () => {
  it('stops moving parts instead of making every further frame an undo step', () => {
    const store = opened();
    const before = { ...pos(store, 's0-web') };
    const drag = new OverviewDrag(store, 's0-web', { x: 0, y: 0 }, screen, false);
    drag.move({ x: 10, y: 0 }, { x: 10, y: 0 });
    expect(store.editor.undo()).toBe(true);
    expect(pos(store, 's0-web')).toEqual(before);
    expect(drag.move({ x: 20, y: 0 }, { x: 20, y: 0 })).toBe(false);
    expect(drag.move({ x: 30, y: 0 }, { x: 30, y: 0 })).toBe(false);
    drag.release();
    expect(pos(store, 's0-web')).toEqual(before);
    expect(store.editor.canUndo).toBe(false);
    expect(store.editor.inTransaction).toBe(false);
  });
});

describe('a part deleted during its drag', () => {
  it('is left out of the rest of the drag, which still moves the others as one step', () => {
    const store = opened();
    store.editor.select(['s0-web', 's0-alb']);
    const alb = { ...pos(store, 's0-alb') };
    const drag = new OverviewDrag(store, 's0-alb', { x: 0, y: 0 }, screen, false);
    drag.move({ x: 5, y: 0 }, { x: 5, y: 0 });
    store.editor.apply((d) => deleteParts(d, ['s0-web']));
    expect(() => drag.move({ x: 9, y: 0 }, { x: 9, y: 0 })).not.toThrow();
    drag.release();
    expect(pos(store, 's0-alb')).toEqual({ x: alb.x + 9, y: alb.y });
    expect(store.editor.design.parts.some((p) => p.id === 's0-web')).toBe(false);
    store.editor.undo();
    expect(pos(store, 's0-alb')).toEqual(alb);
    expect(store.editor.design.parts.some((p) => p.id === 's0-web')).toBe(true);
  });
});

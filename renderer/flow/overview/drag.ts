/**
 * Selecting and dragging parts on the overview canvas, with React Flow's rules: a press on an unselected
 * part selects it alone; Shift/Ctrl/Cmd toggles it; a drag moves the selection (a part whose container is
 * also selected moves with it); a click without a drag leaves just that part selected. One drag is one
 * undo step, and at its end each moved part settles into the container under its centre, as in
 * renderer/flow/node-changes.ts.
 */
import { moveParts } from '../../../shared/editor/commands.js';
import type { Point } from '../../../shared/editor/geometry.js';
import type { AppStore } from '../../store/app-store.js';
import { settleIntoContainer } from '../node-changes.js';

/** Screen pixels the pointer must travel before a press becomes a drag (React Flow's nodeDragThreshold). */
export const DRAG_THRESHOLD_PX = 1;

export class OverviewDrag {
  private readonly start: Point;
  private readonly startScreen: Point;
  private readonly hitId: string;
  private readonly toggled: boolean;
  private moving: { id: string; from: Point }[] | undefined;

  /** A press on part `hitId` at flow point `at` (screen point `screen`), `toggle` when a multi-select key is held. */
  constructor(
    private readonly store: AppStore,
    hitId: string,
    at: Point,
    screen: Point,
    toggle: boolean,
  ) {
    this.hitId = hitId;
    this.start = at;
    this.startScreen = screen;
    this.toggled = toggle;
    const selection = store.editor.selection;
    if (toggle) {
      store.editor.select(selection.includes(hitId) ? selection.filter((id) => id !== hitId) : [...selection, hitId]);
    } else if (!selection.includes(hitId)) {
      store.editor.select([hitId]);
    }
  }

  get dragging(): boolean {
    return this.moving !== undefined;
  }

  /** The parts the drag moves (not those inside them, which move along); empty before it starts. */
  movingIds(): string[] {
    return this.moving?.map((m) => m.id) ?? [];
  }

  /** The pointer is at flow point `at` (screen point `screen`). Returns whether parts are being dragged. */
  move(at: Point, screen: Point): boolean {
    if (!this.moving) {
      const far = Math.hypot(screen.x - this.startScreen.x, screen.y - this.startScreen.y) >= DRAG_THRESHOLD_PX;
      // A toggle that deselected the part drags nothing.
      if (!far || !this.store.editor.selection.includes(this.hitId)) return false;
      this.moving = this.dragSet();
      if (this.moving.length === 0) return false;
      this.store.editor.begin();
    }
    const dx = at.x - this.start.x;
    const dy = at.y - this.start.y;
    this.store.editor.apply((d) =>
      moveParts(
        d,
        this.moving!.map((m) => ({ id: m.id, position: { x: m.from.x + dx, y: m.from.y + dy } })),
      ),
    );
    return true;
  }

  /** The pointer was released: ends the drag as one undo step, or treats the press as a click. */
  release(): void {
    const editor = this.store.editor;
    if (this.moving) {
      for (const m of this.moving) settleIntoContainer(this.store, m.id);
      editor.commit();
      this.moving = undefined;
    } else if (!this.toggled && editor.selection.length > 1) {
      editor.select([this.hitId]);
    }
  }

  /** Gives up a drag (e.g. the window lost the pointer): the parts go back to where they were. */
  cancel(): void {
    if (this.moving) this.store.editor.cancel();
    this.moving = undefined;
  }

  private dragSet(): { id: string; from: Point }[] {
    const design = this.store.editor.design;
    const selected = new Set(this.store.editor.selection);
    const byId = new Map(design.parts.map((p) => [p.id, p]));
    const ancestorSelected = (id: string) => {
      let p = byId.get(id)?.parentId;
      for (let guard = 0; p !== undefined && guard < 64; guard++, p = byId.get(p)?.parentId) if (selected.has(p)) return true;
      return false;
    };
    return design.parts
      .filter((p) => selected.has(p.id) && !ancestorSelected(p.id))
      .map((p) => ({ id: p.id, from: { ...p.position } }));
  }
}

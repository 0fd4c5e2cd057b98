/**
 * Selecting and dragging parts on the overview canvas, with React Flow's rules (its handleNodeClick and
 * drag start): a press on an unselected part selects it alone, or adds it with Shift/Ctrl/Cmd; a click with
 * Shift/Ctrl/Cmd on a selected part deselects it; a plain click on a selected part keeps the selection; a
 * drag moves the whole selection (a part whose container is also selected moves with it). One drag is one
 * undo step, and at its end each moved part settles into the container under its centre, as in
 * renderer/flow/node-changes.ts.
 */
import { moveParts } from '../../../shared/editor/commands.js';
import type { Point } from '../../../shared/editor/geometry.js';
import type { AppStore } from '../../store/app-store.js';
import { settleIntoContainer } from '../node-changes.js';

/** Screen pixels the pointer must travel before a press becomes a drag (React Flow's nodeDragThreshold). */
const DRAG_THRESHOLD_PX = 1;

export class OverviewDrag {
  private readonly start: Point;
  private readonly startScreen: Point;
  private readonly hitId: string;
  /** A multi-select key was held on a part that was already selected: a click (not a drag) deselects it. */
  private readonly deselectOnClick: boolean;
  private moving: { id: string; from: Point }[] | undefined;

  /** A press on part `hitId` at flow point `at` (screen point `screen`), `multi` when a multi-select key is held. */
  constructor(
    private readonly store: AppStore,
    hitId: string,
    at: Point,
    screen: Point,
    multi: boolean,
  ) {
    this.hitId = hitId;
    this.start = at;
    this.startScreen = screen;
    const selection = store.editor.selection;
    const selected = selection.includes(hitId);
    this.deselectOnClick = multi && selected;
    if (!selected) store.editor.select(multi ? [...selection, hitId] : [hitId]);
  }

  /** Whether the press became a drag (true until release, even if the drag was interrupted). */
  get dragging(): boolean {
    return this.moving !== undefined;
  }

  /** The parts the drag moves (not those inside them, which move along); empty before it starts. */
  movingIds(): string[] {
    return this.moving?.map((m) => m.id) ?? [];
  }

  /** The pointer is at flow point `at` (screen point `screen`). Returns whether parts are being dragged. */
  move(at: Point, screen: Point): boolean {
    if (this.moving && !this.store.editor.inTransaction) {
      // Something ended the drag's transaction under it (an undo, another document): stop moving parts,
      // or every further frame would be an undo step of its own.
      this.moving = [];
      return false;
    }
    if (this.moving?.length === 0) return false;
    if (!this.moving) {
      const far = Math.hypot(screen.x - this.startScreen.x, screen.y - this.startScreen.y) >= DRAG_THRESHOLD_PX;
      if (!far || !this.store.editor.selection.includes(this.hitId)) return false;
      const set = this.dragSet();
      if (set.length === 0) return false;
      this.moving = set;
      this.store.editor.begin();
    }
    // A part deleted mid-drag (Delete still works while the button is held) is no longer moved.
    const present = new Set(this.store.editor.design.parts.map((p) => p.id));
    this.moving = this.moving.filter((m) => present.has(m.id));
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
      if (editor.inTransaction) {
        for (const m of this.moving) settleIntoContainer(this.store, m.id);
        editor.commit();
      }
      this.moving = undefined;
    } else if (this.deselectOnClick) {
      editor.select(editor.selection.filter((id) => id !== this.hitId));
    }
  }

  /** Gives up a drag (e.g. the window lost the pointer): the parts go back to where they were. */
  cancel(): void {
    if (this.moving && this.store.editor.inTransaction) this.store.editor.cancel();
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

/**
 * The headless editor: a design, a selection and a history. The renderer's store wraps it; tests drive
 * it directly. Every change goes through `apply`, so undo and the change listeners see all of them.
 */
import type { Design } from '../model/design.js';
import { History } from './history.js';

export type Listener = () => void;

export class Editor {
  private current: Design;
  private selected: readonly string[] = [];
  private readonly history = new History<Design>();
  private readonly listeners = new Set<Listener>();
  /** Bumped on every committed change (not during a transaction), e.g. to re-run rules. */
  private committedRevision = 0;

  constructor(design: Design) {
    this.current = design;
  }

  get design(): Design {
    return this.current;
  }
  get selection(): readonly string[] {
    return this.selected;
  }
  get canUndo(): boolean {
    return this.history.canUndo;
  }
  get canRedo(): boolean {
    return this.history.canRedo;
  }
  get revision(): number {
    return this.committedRevision;
  }
  get inTransaction(): boolean {
    return this.history.inTransaction;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies an edit; returns false when it changed nothing. Throws what the command throws. */
  apply(edit: (design: Design) => Design): boolean {
    const next = edit(this.current);
    if (next === this.current) return false;
    this.history.record(this.current);
    this.current = next;
    if (!this.history.inTransaction) this.committedRevision++;
    this.emit();
    return true;
  }

  begin(): void {
    this.history.begin(this.current);
  }

  commit(): void {
    if (!this.history.inTransaction) return;
    this.history.commit(this.current);
    this.committedRevision++;
    this.emit();
  }

  /** Ends a transaction and restores where it began. */
  cancel(): void {
    const start = this.history.cancel();
    if (start !== undefined && start !== this.current) {
      this.current = start;
      this.emit();
    }
  }

  undo(): boolean {
    if (this.history.inTransaction) this.commit();
    const prev = this.history.undo(this.current);
    if (prev === undefined) return false;
    this.replace(prev);
    return true;
  }

  redo(): boolean {
    const next = this.history.redo(this.current);
    if (next === undefined) return false;
    this.replace(next);
    return true;
  }

  select(ids: readonly string[]): void {
    const same = ids.length === this.selected.length && ids.every((id, i) => id === this.selected[i]);
    if (same) return;
    this.selected = [...ids];
    this.emit();
  }

  /** Starts over with another design (open, new, template): history is cleared. */
  load(design: Design): void {
    this.history.clear();
    this.current = design;
    this.selected = [];
    this.committedRevision++;
    this.emit();
  }

  private replace(design: Design): void {
    this.current = design;
    const ids = new Set(design.parts.map((p) => p.id).concat(design.connections.map((c) => c.id)));
    this.selected = this.selected.filter((id) => ids.has(id));
    this.committedRevision++;
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

/**
 * Undo and redo by whole-document snapshots. Designs are immutable and commands share untouched parts,
 * so a snapshot costs one array per edit. A transaction (begin ... commit) turns many edits, such as
 * every frame of a drag, into one undo step.
 */
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  private open: T | undefined;

  constructor(private readonly limit = 200) {}

  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }
  get inTransaction(): boolean {
    return this.open !== undefined;
  }

  /** Records `before` as a stopping point, unless a transaction is open (its start is the stop). */
  record(before: T): void {
    if (this.open !== undefined) return;
    this.push(before);
  }

  /** Starts a transaction at `current`; nested begins join the open one. */
  begin(current: T): void {
    if (this.open === undefined) this.open = current;
  }

  /** Closes the transaction; one undo step when `current` differs from where it began. */
  commit(current: T): void {
    const start = this.open;
    this.open = undefined;
    if (start !== undefined && start !== current) this.push(start);
  }

  /** Closes the transaction and returns the state it began with, to throw its edits away. */
  cancel(): T | undefined {
    const start = this.open;
    this.open = undefined;
    return start;
  }

  undo(current: T): T | undefined {
    const prev = this.past.pop();
    if (prev === undefined) return undefined;
    this.future.push(current);
    return prev;
  }

  redo(current: T): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(current);
    return next;
  }

  clear(): void {
    this.past = [];
    this.future = [];
    this.open = undefined;
  }

  private push(before: T): void {
    this.past.push(before);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }
}

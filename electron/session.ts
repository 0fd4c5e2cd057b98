/**
 * What the main process remembers about one window: the paths the user granted it (by choosing them in a
 * dialog, opening them or from the recent list — the renderer can write nowhere else), its document title
 * and dirty flag, its backup id, files waiting for the renderer to listen, and questions asked of the
 * renderer that are waiting for an answer. Plain data, no Electron, so it is tested directly.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { OpenedDesign } from '../shared/ipc/contract.js';
import { samePath } from '../node/recent.js';

/** Questions to the renderer that wait for an answer over IPC. */
export class PendingAnswers<T> {
  private next = 1;
  private readonly waiting = new Map<number, (value: T | null) => void>();

  /**
   * Allocates a request id and a promise of the answer. With `timeoutMs`, resolves to null when no
   * answer arrives in time (a hung renderer must not keep the window open forever).
   */
  ask(timeoutMs?: number): { requestId: number; answer: Promise<T | null> } {
    const requestId = this.next++;
    const answer = new Promise<T | null>((resolve) => {
      const timer = timeoutMs === undefined ? undefined : setTimeout(() => this.settle(requestId, null), timeoutMs);
      this.waiting.set(requestId, (value) => {
        if (timer) clearTimeout(timer);
        resolve(value);
      });
    });
    return { requestId, answer };
  }

  /** Delivers an answer; false for an unknown or already answered id (ignored). */
  settle(requestId: number, value: T | null): boolean {
    const resolve = this.waiting.get(requestId);
    if (!resolve) return false;
    this.waiting.delete(requestId);
    resolve(value);
    return true;
  }

  /** Answers every open question with null (the renderer went away). */
  cancelAll(): void {
    for (const id of [...this.waiting.keys()]) this.settle(id, null);
  }
}

export class WindowSession {
  readonly backupId: string;
  title = '';
  dirty = false;
  rendererListening = false;
  rendererGone = false;
  /** This window took over a crashed session's backup and the user has not acted on it yet. */
  offeringBackup = false;
  private readonly granted: string[] = [];
  private pendingOpen: OpenedDesign | null = null;
  readonly dirtyAnswers = new PendingAnswers<boolean>();
  readonly savedAnswers = new PendingAnswers<boolean>();

  constructor(backupId: string = randomUUID().replaceAll('-', '')) {
    this.backupId = backupId;
  }

  grant(file: string): void {
    if (!this.isGranted(file)) this.granted.push(path.resolve(file));
  }

  isGranted(file: string): boolean {
    return this.granted.some((g) => samePath(g, file));
  }

  /** Keeps only the newest file the OS asked to open before the renderer listened (one document per window). */
  queueOpen(file: OpenedDesign): void {
    this.pendingOpen = file;
  }

  takePendingOpen(): OpenedDesign | null {
    const file = this.pendingOpen;
    this.pendingOpen = null;
    return file;
  }
}

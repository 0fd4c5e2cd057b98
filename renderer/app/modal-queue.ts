/**
 * Questions the app asks in a modal dialog, shown one at a time in the order they were asked (a file
 * the OS hands over while another question is open waits its turn). `ask` resolves with the answer the
 * dialog gives; the dialog itself is rendered by <ModalHost>.
 */
import { useSyncExternalStore, type ReactNode } from 'react';

export interface PendingModal {
  id: number;
  render: () => ReactNode;
}

let queue: readonly PendingModal[] = [];
let lastId = 0;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

/** Shows the dialog `render` draws; `answer` closes it and resolves the promise. */
export function ask<T>(render: (answer: (value: T) => void) => ReactNode): Promise<T> {
  return new Promise<T>((resolve) => {
    const id = ++lastId;
    const answer = (value: T) => {
      if (!queue.some((m) => m.id === id)) return;
      queue = queue.filter((m) => m.id !== id);
      emit();
      resolve(value);
    };
    queue = [...queue, { id, render: () => render(answer) }];
    emit();
  });
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The question on screen now, if any. */
export function useCurrentModal(): PendingModal | undefined {
  return useSyncExternalStore(subscribe, () => queue[0]);
}

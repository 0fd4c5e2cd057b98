/**
 * One polite live region for the whole window: what a keyboard action did that is not visible where the
 * focus is ("Workload added to ng-web"). The Announcer component renders it; `announce` sets its text.
 */
import { useSyncExternalStore } from 'react';

let message = '';
const listeners = new Set<() => void>();

export function announce(text: string): void {
  // The same text twice is still read twice: clear first, then set on the next task.
  message = '';
  for (const l of listeners) l();
  setTimeout(() => {
    message = text;
    for (const l of listeners) l();
  }, 0);
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useAnnouncement(): string {
  return useSyncExternalStore(subscribe, () => message);
}

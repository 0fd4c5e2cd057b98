/** Renders the question `ask` is waiting on (see modal-queue.ts). */
import { useCurrentModal } from './modal-queue.js';

export function ModalHost() {
  const current = useCurrentModal();
  if (!current) return null;
  // Keyed by question, so a following question starts with fresh state and its own focus.
  return <div key={current.id}>{current.render()}</div>;
}

import type { Part } from '../../shared/model/parts.js';

/**
 * Equal for the inspector: every drag frame gives the dragged part a new object with a new position,
 * which the form does not show, so the form need not re-render.
 */
export function sameExceptPosition(a: Part, b: Part): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (k !== 'position' && (a as unknown as Record<string, unknown>)[k] !== (b as unknown as Record<string, unknown>)[k])
      return false;
  }
  return true;
}

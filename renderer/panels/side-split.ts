/**
 * The share of the side column the inspector takes, above the problems, cost and YAML panels. The user
 * drags the handle or uses its arrow keys; the share is kept in localStorage for the next start.
 */
export const SPLIT_STORAGE_KEY = 'eks-sandbox.inspectorShare';
export const MIN_SHARE = 0.2;
export const MAX_SHARE = 0.85;
export const DEFAULT_SHARE = 0.6;
/** One arrow-key step. */
export const SHARE_STEP = 0.05;

export function clampShare(share: number): number {
  if (!Number.isFinite(share)) return DEFAULT_SHARE;
  return Math.min(MAX_SHARE, Math.max(MIN_SHARE, share));
}

/** The stored share, or the default when nothing (or nothing sensible) is stored. */
export function readShare(storage: Pick<Storage, 'getItem'> | undefined): number {
  const raw = storage?.getItem(SPLIT_STORAGE_KEY);
  return raw === null || raw === undefined || raw.trim() === '' ? DEFAULT_SHARE : clampShare(Number(raw));
}

/** The share after a key press on the handle, or null for keys the handle does not use. */
export function shareAfterKey(share: number, key: string): number | null {
  switch (key) {
    case 'ArrowUp':
      return clampShare(share - SHARE_STEP);
    case 'ArrowDown':
      return clampShare(share + SHARE_STEP);
    case 'Home':
      return MIN_SHARE;
    case 'End':
      return MAX_SHARE;
    default:
      return null;
  }
}

/** The share for a pointer at `clientY` over a column spanning `top` to `top + height`. */
export function shareAtPointer(clientY: number, top: number, height: number): number {
  return clampShare(height > 0 ? (clientY - top) / height : DEFAULT_SHARE);
}

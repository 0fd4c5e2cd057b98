import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHARE,
  MAX_SHARE,
  MIN_SHARE,
  readShare,
  shareAfterKey,
  shareAtPointer,
  SPLIT_STORAGE_KEY,
} from './side-split.js';

const storage = (value: string | null) => ({ getItem: (key: string) => (key === SPLIT_STORAGE_KEY ? value : null) });

describe('side column split', () => {
  it('reads a stored share, clamped, and falls back to the default', () => {
    expect(readShare(storage('0.5'))).toBe(0.5);
    expect(readShare(storage('3'))).toBe(MAX_SHARE);
    expect(readShare(storage('nonsense'))).toBe(DEFAULT_SHARE);
    expect(readShare(storage(null))).toBe(DEFAULT_SHARE);
    expect(readShare(undefined)).toBe(DEFAULT_SHARE);
  });

  it('moves with arrow keys, Home and End, within bounds', () => {
    expect(shareAfterKey(0.6, 'ArrowDown')).toBeCloseTo(0.65);
    expect(shareAfterKey(0.6, 'ArrowUp')).toBeCloseTo(0.55);
    expect(shareAfterKey(MAX_SHARE, 'ArrowDown')).toBe(MAX_SHARE);
    expect(shareAfterKey(0.6, 'Home')).toBe(MIN_SHARE);
    expect(shareAfterKey(0.6, 'End')).toBe(MAX_SHARE);
    expect(shareAfterKey(0.6, 'a')).toBeNull();
  });

  it('follows the pointer over the column', () => {
    expect(shareAtPointer(400, 100, 600)).toBeCloseTo(0.5);
    expect(shareAtPointer(0, 100, 600)).toBe(MIN_SHARE);
  });
});

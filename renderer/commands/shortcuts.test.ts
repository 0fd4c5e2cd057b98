import { describe, expect, it } from 'vitest';
import { COMMAND_IDS } from '../../shared/commands/ids.js';
import { SHORTCUTS } from '../../shared/commands/shortcuts.js';
import { matches } from './shortcuts.js';

const key = (k: string, mods: { ctrl?: boolean; shift?: boolean } = {}) => ({
  key: k,
  ctrlKey: !!mods.ctrl,
  metaKey: false,
  shiftKey: !!mods.shift,
  altKey: false,
});

describe('shortcuts', () => {
  it('only name known commands', () => {
    for (const id of Object.keys(SHORTCUTS)) expect(COMMAND_IDS).toContain(id);
  });

  it('tell undo from redo by Shift', () => {
    const undo = SHORTCUTS['edit.undo']![0]!;
    const redo = SHORTCUTS['edit.redo']![0]!;
    expect(matches(undo, key('z', { ctrl: true }))).toBe(true);
    expect(matches(undo, key('Z', { ctrl: true, shift: true }))).toBe(false);
    expect(matches(redo, key('Z', { ctrl: true, shift: true }))).toBe(true);
    expect(matches(undo, key('z'))).toBe(false);
  });
});

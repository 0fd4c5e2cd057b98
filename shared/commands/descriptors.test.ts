import { describe, expect, it } from 'vitest';
import { COMMAND_DESCRIPTORS } from './descriptors.js';
import { COMMAND_IDS, commandDescriptor, isCommandEnabled, isCommandId } from './ids.js';
import { commandLabels, menuLabel } from './labels.js';
import type { CommandContext } from './types.js';

const editor: CommandContext = { screen: 'editor', hasSelection: false, canUndo: false, canRedo: false, hasClipboard: false };

describe('command descriptors', () => {
  it('give every command a label in English and Japanese, and menus labels too', () => {
    for (const id of COMMAND_IDS) {
      for (const lang of ['en', 'ja'] as const) {
        expect(commandLabels(lang)[id].trim(), `${id} ${lang}`).not.toBe('');
        expect(menuLabel(id, lang).trim(), `${id} ${lang}`).not.toBe('');
      }
      // Japanese labels are Japanese text, not a copy of the English.
      const { en, ja } = COMMAND_DESCRIPTORS[id].label;
      if (id !== 'view.language') expect(ja, id).not.toBe(en);
    }
  });

  it('place each menu command at its own spot, or say why it has none', () => {
    const spots = new Set<string>();
    for (const id of COMMAND_IDS) {
      const menu = commandDescriptor(id).menu;
      if ('none' in menu) {
        expect(menu.none.length, id).toBeGreaterThan(10);
        continue;
      }
      const spot = `${menu.menu}/${menu.group}/${menu.order}`;
      expect(spots.has(spot), `${id} at ${spot}`).toBe(false);
      spots.add(spot);
    }
  });

  it('give no two commands the same key', () => {
    const seen = new Map<string, string>();
    for (const id of COMMAND_IDS)
      for (const k of commandDescriptor(id).keys ?? []) {
        const sig = `${k.mod ? 'mod+' : ''}${k.shift ? 'shift+' : ''}${k.key.toLowerCase()}`;
        expect(seen.get(sig), `${id} and ${seen.get(sig)} share ${sig}`).toBeUndefined();
        seen.set(sig, id);
      }
  });

  it('enable commands from the context: the editor, a selection, the undo history, the clipboard', () => {
    const start: CommandContext = { ...editor, screen: 'start', hasSelection: true, canUndo: true, hasClipboard: true };
    expect(isCommandEnabled('file.save', start)).toBe(false);
    expect(isCommandEnabled('edit.undo', start)).toBe(false);
    expect(isCommandEnabled('file.open', start)).toBe(true);
    expect(isCommandEnabled('file.save', editor)).toBe(true);
    expect(isCommandEnabled('edit.undo', editor)).toBe(false);
    expect(isCommandEnabled('edit.undo', { ...editor, canUndo: true })).toBe(true);
    expect(isCommandEnabled('edit.redo', { ...editor, canUndo: true })).toBe(false);
    expect(isCommandEnabled('edit.redo', { ...editor, canRedo: true })).toBe(true);
    expect(isCommandEnabled('edit.delete', editor)).toBe(false);
    expect(isCommandEnabled('edit.delete', { ...editor, hasSelection: true })).toBe(true);
    expect(isCommandEnabled('edit.paste', editor)).toBe(false);
    expect(isCommandEnabled('edit.paste', { ...editor, hasClipboard: true })).toBe(true);
  });

  it('know their ids and nothing else', () => {
    expect(isCommandId('file.save')).toBe(true);
    expect(isCommandId('file.nope')).toBe(false);
    expect(isCommandId('toString')).toBe(false);
  });
});

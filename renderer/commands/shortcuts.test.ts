import { describe, expect, it } from 'vitest';
import { COMMAND_IDS } from '../../shared/commands/ids.js';
import { SHORTCUTS } from '../../shared/commands/shortcuts.js';
import { commandForClipboardEvent, commandForKey, isEditableTarget, matches } from './shortcuts.js';

const key = (k: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean } = {}) => ({
  key: k,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: false,
});

/** Stand-ins for event targets with what the DOM gives them (tests run without a DOM). */
const element = (tagName: string, extra: { isContentEditable?: boolean; insideEditable?: boolean } = {}) => ({
  tagName,
  isContentEditable: extra.isContentEditable ?? false,
  closest: (selector: string) => (extra.insideEditable && selector.includes('contenteditable') ? {} : null),
});
const canvas = element('DIV');
const EDITABLE = {
  input: element('INPUT'),
  textarea: element('TEXTAREA'),
  select: element('SELECT'),
  contenteditable: element('DIV', { isContentEditable: true }),
  'inside a contenteditable': element('SPAN', { insideEditable: true }),
  'lower-case tag (XHTML)': element('input'),
};

describe('shortcuts', () => {
  it('only name known commands', () => {
    for (const id of Object.keys(SHORTCUTS)) expect(COMMAND_IDS).toContain(id);
  });

  it('tell undo from redo by Shift', () => {
    const undo = SHORTCUTS['edit.undo']![0]!;
    const redo = SHORTCUTS['edit.redo']![0]!;
    expect(matches(undo, key('z', { ctrl: true }), false)).toBe(true);
    expect(matches(undo, key('Z', { ctrl: true, shift: true }), false)).toBe(false);
    expect(matches(redo, key('Z', { ctrl: true, shift: true }), false)).toBe(true);
    expect(matches(undo, key('z'), false)).toBe(false);
  });

  it('use Cmd on macOS and Ctrl elsewhere', () => {
    expect(commandForKey({ ...key('z', { meta: true }), target: canvas }, true)).toBe('edit.undo');
    expect(commandForKey({ ...key('z', { ctrl: true }), target: canvas }, true)).toBeUndefined();
    expect(commandForKey({ ...key('z', { ctrl: true }), target: canvas }, false)).toBe('edit.undo');
  });

  it('run the diagram’s undo, redo, copy, paste, duplicate, delete and select all on the canvas', () => {
    const onCanvas = (k: string, mods: Parameters<typeof key>[1] = {}) =>
      commandForKey({ ...key(k, mods), target: canvas }, true);
    expect(onCanvas('z', { meta: true })).toBe('edit.undo');
    expect(onCanvas('z', { meta: true, shift: true })).toBe('edit.redo');
    expect(onCanvas('c', { meta: true })).toBe('edit.copy');
    expect(onCanvas('v', { meta: true })).toBe('edit.paste');
    expect(onCanvas('d', { meta: true })).toBe('edit.duplicate');
    expect(onCanvas('Backspace')).toBe('edit.delete');
    expect(onCanvas('Delete')).toBe('edit.delete');
    expect(onCanvas('a', { meta: true })).toBe('edit.selectAll');
    expect(commandForKey({ ...key('z', { meta: true }), target: null }, true)).toBe('edit.undo');
  });

  it.each(Object.entries(EDITABLE))('leave the diagram alone while typing in a %s', (_name, target) => {
    for (const mac of [true, false]) {
      const mod = mac ? { meta: true } : { ctrl: true };
      for (const [k, mods] of [
        ['z', mod],
        ['z', { ...mod, shift: true }],
        ['y', mod],
        ['c', mod],
        ['v', mod],
        ['d', mod],
        ['a', mod],
        ['Backspace', {}],
        ['Delete', {}],
      ] as const) {
        expect(commandForKey({ ...key(k, mods), target }, mac), `${k} ${JSON.stringify(mods)}`).toBeUndefined();
      }
      // Save, Open, Export and the command palette mean nothing to a field, so they still work.
      expect(commandForKey({ ...key('s', mod), target }, mac)).toBe('file.save');
      expect(commandForKey({ ...key('k', mod), target }, mac)).toBe('view.commandPalette');
    }
  });

  it('know editable targets from others', () => {
    for (const target of Object.values(EDITABLE)) expect(isEditableTarget(target)).toBe(true);
    expect(isEditableTarget(canvas)).toBe(false);
    expect(isEditableTarget(element('BUTTON'))).toBe(false);
    expect(isEditableTarget(null)).toBe(false);
  });

  it('turn the Edit menu’s copy and paste roles (clipboard events) into the diagram’s commands outside fields', () => {
    expect(commandForClipboardEvent('copy', canvas, false)).toBe('edit.copy');
    expect(commandForClipboardEvent('paste', canvas, false)).toBe('edit.paste');
    expect(commandForClipboardEvent('paste', null, false)).toBe('edit.paste');
    // Text selected on the page is copied as text; a field does its own copy and paste.
    expect(commandForClipboardEvent('copy', canvas, true)).toBeUndefined();
    for (const target of Object.values(EDITABLE)) {
      expect(commandForClipboardEvent('copy', target, false)).toBeUndefined();
      expect(commandForClipboardEvent('paste', target, false)).toBeUndefined();
    }
    expect(commandForClipboardEvent('cut', canvas, false)).toBeUndefined();
  });
});

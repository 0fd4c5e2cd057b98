/**
 * Keyboard shortcuts, as data shared by the renderer (which matches key presses) and the native menu
 * (which shows them as accelerators): `mod` is Cmd on macOS and Ctrl elsewhere.
 */
import type { CommandId } from './ids.js';

export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
}

export const SHORTCUTS: Partial<Record<CommandId, Shortcut[]>> = {
  'file.new': [{ key: 'n', mod: true, shift: true }],
  'file.open': [{ key: 'o', mod: true }],
  'file.save': [{ key: 's', mod: true }],
  'file.saveAs': [{ key: 's', mod: true, shift: true }],
  'file.exportYaml': [{ key: 'e', mod: true }],
  'edit.undo': [{ key: 'z', mod: true }],
  'edit.redo': [
    { key: 'z', mod: true, shift: true },
    { key: 'y', mod: true },
  ],
  'edit.copy': [{ key: 'c', mod: true }],
  'edit.paste': [{ key: 'v', mod: true }],
  'edit.duplicate': [{ key: 'd', mod: true }],
  'edit.delete': [{ key: 'Delete' }, { key: 'Backspace' }],
  'edit.selectAll': [{ key: 'a', mod: true }],
  'view.fit': [{ key: '1', shift: true }],
  'view.autoLayout': [{ key: 'l', mod: true, shift: true }],
  'view.commandPalette': [{ key: 'k', mod: true }],
};

/** Keyboard shortcuts, as data: `mod` is Cmd on macOS and Ctrl elsewhere. */
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

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function matches(s: Shortcut, e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  const mod = IS_MAC ? e.metaKey : e.ctrlKey;
  if (Boolean(s.mod) !== mod || Boolean(s.shift) !== e.shiftKey || e.altKey) return false;
  // With Shift held, letters arrive upper-case and digits as symbols on some layouts.
  return e.key.toLowerCase() === s.key.toLowerCase() || (s.key === '1' && e.key === '!');
}

export function findCommand(e: KeyboardEvent): CommandId | undefined {
  for (const [id, list] of Object.entries(SHORTCUTS) as [CommandId, Shortcut[]][]) {
    if (list.some((s) => matches(s, e))) return id;
  }
  return undefined;
}

export function shortcutLabel(id: CommandId): string {
  const s = SHORTCUTS[id]?.[0];
  if (!s) return '';
  const parts = [
    s.mod ? (IS_MAC ? '⌘' : 'Ctrl') : '',
    s.shift ? (IS_MAC ? '⇧' : 'Shift') : '',
    s.key.length === 1 ? s.key.toUpperCase() : s.key,
  ];
  return parts.filter(Boolean).join(IS_MAC ? '' : '+');
}

/** Matching key presses to commands, and the label a shortcut shows (⌘ on macOS, Ctrl elsewhere). */
import type { CommandId } from '../../shared/commands/ids.js';
import { SHORTCUTS, type Shortcut } from '../../shared/commands/shortcuts.js';

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

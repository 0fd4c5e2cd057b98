/**
 * Matching key presses to commands, and the label a shortcut shows (⌘ on macOS, Ctrl elsewhere). A key
 * pressed while typing in a field belongs to the field (its own undo, copy, select all, Backspace), except
 * for the commands whose descriptor says `whileTyping` (save, open, palette...).
 */
import { commandDescriptor, type CommandId } from '../../shared/commands/ids.js';
import { SHORTCUTS, type Shortcut } from '../../shared/commands/shortcuts.js';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

export function matches(s: Shortcut, e: KeyPress, mac = IS_MAC): boolean {
  const mod = mac ? e.metaKey : e.ctrlKey;
  if (Boolean(s.mod) !== mod || Boolean(s.shift) !== e.shiftKey || e.altKey) return false;
  // With Shift held, letters arrive upper-case and digits as symbols on some layouts.
  return e.key.toLowerCase() === s.key.toLowerCase() || (s.key === '1' && e.key === '!');
}

export function findCommand(e: KeyPress, mac = IS_MAC): CommandId | undefined {
  for (const [id, list] of Object.entries(SHORTCUTS) as [CommandId, Shortcut[]][]) {
    if (list.some((s) => matches(s, e, mac))) return id;
  }
  return undefined;
}

/** What the handler needs of an event target (an Element, or a test's stand-in for one). */
interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  closest?: (selector: string) => unknown;
}

/** Whether focus is in a field that edits text itself: input, textarea, select or contenteditable. */
export function isEditableTarget(target: EventTarget | TargetLike | null): boolean {
  const el = target as TargetLike | null;
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName.toUpperCase();
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable === true) return true;
  // isContentEditable is inherited; ask the ancestors too where it is not computed.
  return !!el.closest?.('[contenteditable]:not([contenteditable="false"])');
}

/**
 * The command a key press runs, or undefined when it runs none: no shortcut matches, or focus is in an
 * editable field and the command is the diagram's (undo, copy, duplicate, delete...), not one that also
 * works while typing.
 */
export function commandForKey(e: KeyPress & { target: EventTarget | TargetLike | null }, mac = IS_MAC): CommandId | undefined {
  const id = findCommand(e, mac);
  if (!id) return undefined;
  if (isEditableTarget(e.target) && !commandDescriptor(id).whileTyping) return undefined;
  return id;
}

/**
 * The diagram command for a clipboard event the browser fires itself: macOS's Edit menu runs Copy and Paste
 * as text-editing roles, which reach the page as `copy`/`paste` events, not key presses. A field, or text
 * selected on the page, keeps the browser's own behaviour. (Keys never get here: the key handler runs the
 * command and cancels the key, so no clipboard event follows.)
 */
export function commandForClipboardEvent(
  type: string,
  focus: EventTarget | TargetLike | null,
  textSelected: boolean,
): CommandId | undefined {
  if (isEditableTarget(focus)) return undefined;
  if (type === 'copy' && !textSelected) return 'edit.copy';
  if (type === 'paste') return 'edit.paste';
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

/** Global keyboard shortcuts and native menu commands, both routed to the command registry. */
import { useEffect } from 'react';
import { isCommandId } from '../../shared/commands/ids.js';
import { runCommand } from '../commands/registry.js';
import { findCommand } from '../commands/shortcuts.js';
import { platform } from '../platform/index.js';

/** Shortcuts that still work while typing in a field. */
const ALWAYS = new Set(['file.save', 'file.saveAs', 'file.open', 'view.commandPalette', 'file.exportYaml']);

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const id = findCommand(e);
      if (!id || (isTyping(e.target) && !ALWAYS.has(id))) return;
      e.preventDefault();
      runCommand(id);
    };
    window.addEventListener('keydown', onKey);
    const off = platform.onMenuCommand((id) => {
      if (isCommandId(id)) runCommand(id);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, []);
}

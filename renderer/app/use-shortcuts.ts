/**
 * Global keyboard shortcuts, native menu commands and the clipboard events of macOS's Edit menu roles, all
 * routed to the command registry.
 */
import { useEffect } from 'react';
import { isCommandId } from '../../shared/commands/ids.js';
import { runCommand } from '../commands/registry.js';
import { commandForClipboardEvent, commandForKey } from '../commands/shortcuts.js';
import { platform } from '../platform/index.js';

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const id = commandForKey(e);
      if (!id) return;
      e.preventDefault();
      runCommand(id);
    };
    const onClipboard = (e: ClipboardEvent) => {
      const selection = document.getSelection();
      const id = commandForClipboardEvent(e.type, document.activeElement, !!selection && !selection.isCollapsed);
      if (!id) return;
      e.preventDefault();
      runCommand(id);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('copy', onClipboard);
    document.addEventListener('paste', onClipboard);
    const off = platform.onMenuCommand((id) => {
      if (isCommandId(id)) runCommand(id);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('copy', onClipboard);
      document.removeEventListener('paste', onClipboard);
      off();
    };
  }, []);
}

/** Global keyboard shortcuts and native menu commands, both routed to the command registry. */
import { useEffect } from 'react';
import { isCommandId } from '../../shared/commands/ids.js';
import { runCommand } from '../commands/registry.js';
import { commandForKey } from '../commands/shortcuts.js';
import { platform } from '../platform/index.js';

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const id = commandForKey(e);
      if (!id) return;
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

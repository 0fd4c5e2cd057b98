/**
 * The commands as the UI uses them: descriptor (shared/commands/descriptors.ts) plus handler (./handlers.ts).
 * Toolbar buttons, keyboard shortcuts, the command palette and the native menu all call `runCommand(id)`.
 */
import { COMMAND_IDS, isCommandEnabled, type CommandId } from '../../shared/commands/ids.js';
import type { CommandContext } from '../../shared/commands/types.js';
import { store } from '../store/app-store.js';
import { COMMAND_HANDLERS } from './handlers.js';
import { shortcutLabel } from './shortcuts.js';
import { reportError } from '../app/report-error.js';

export interface Command {
  id: CommandId;
  labelKey: string;
  shortcut: string;
  /** Whether the command makes sense now (e.g. undo with an empty history). */
  enabled: () => boolean;
  run: () => void | Promise<void>;
}

/** The facts the descriptors' `enabledWhen` look at, read from the store now. */
export function commandContext(): CommandContext {
  const s = store.getState();
  return {
    screen: s.screen === 'editor' ? 'editor' : 'start',
    hasSelection: s.selection.length > 0,
    canUndo: s.canUndo,
    canRedo: s.canRedo,
    hasClipboard: store.clip !== null,
  };
}

export const COMMANDS: readonly Command[] = COMMAND_IDS.map((id) => ({
  id,
  labelKey: `cmd.${id}`,
  shortcut: shortcutLabel(id),
  enabled: () => isCommandEnabled(id, commandContext()),
  run: COMMAND_HANDLERS[id],
}));

export function runCommand(id: CommandId): void {
  const cmd = COMMANDS.find((c) => c.id === id);
  if (!cmd || !cmd.enabled()) return;
  try {
    const out = cmd.run();
    if (out instanceof Promise) out.catch(reportError);
  } catch (err) {
    reportError(err);
  }
}

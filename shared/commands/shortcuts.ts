/**
 * Keyboard shortcuts by command, from the descriptors: shared by the renderer (which matches key presses)
 * and the native menu (which shows them as accelerators). `mod` is Cmd on macOS and Ctrl elsewhere.
 */
import { COMMAND_IDS, commandDescriptor, type CommandId } from './ids.js';
import type { Shortcut } from './types.js';

export type { Shortcut };

export const SHORTCUTS: Partial<Record<CommandId, readonly Shortcut[]>> = Object.fromEntries(
  COMMAND_IDS.flatMap((id) => {
    const keys = commandDescriptor(id).keys;
    return keys?.length ? [[id, keys]] : [];
  }),
);

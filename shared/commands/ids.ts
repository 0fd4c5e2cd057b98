/**
 * Ids of the commands the UI supports, taken from the descriptors (./descriptors.ts), and what each
 * descriptor says, looked up by id. The native menu (Platform.onMenuCommand), the toolbar, the keyboard
 * shortcuts and the command palette all run commands by these ids.
 */
import { COMMAND_DESCRIPTORS } from './descriptors.js';
import type { CommandContext, CommandDescriptor } from './types.js';

export type CommandId = keyof typeof COMMAND_DESCRIPTORS;

export const COMMAND_IDS = Object.keys(COMMAND_DESCRIPTORS) as readonly CommandId[];

export function isCommandId(value: string): value is CommandId {
  return Object.hasOwn(COMMAND_DESCRIPTORS, value);
}

/** The descriptor of a command, with the optional fields visible. */
export function commandDescriptor(id: CommandId): CommandDescriptor {
  return COMMAND_DESCRIPTORS[id];
}

/** Whether the command can run in this context. */
export function isCommandEnabled(id: CommandId, ctx: CommandContext): boolean {
  return commandDescriptor(id).enabledWhen?.(ctx) ?? true;
}

/** The predicates commands' `enabledWhen` is made of, over the plain CommandContext. */
import type { CommandContext } from './types.js';

export const inEditor = (ctx: CommandContext): boolean => ctx.screen === 'editor';
export const hasSelection = (ctx: CommandContext): boolean => inEditor(ctx) && ctx.hasSelection;
export const canUndo = (ctx: CommandContext): boolean => inEditor(ctx) && ctx.canUndo;
export const canRedo = (ctx: CommandContext): boolean => inEditor(ctx) && ctx.canRedo;
export const hasClipboard = (ctx: CommandContext): boolean => inEditor(ctx) && ctx.hasClipboard;

/** The editor core: commands on a design, clipboard, geometry and undo history, with no UI. */
export * from './commands.js';
export * from './clipboard.js';
export * from './editor.js';
export * from './errors.js';
export * from './geometry.js';
export * from './history.js';
export * from './suppressions.js';

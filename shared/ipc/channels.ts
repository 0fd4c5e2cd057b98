/**
 * The channel names of the IPC contract, without the schemas, so the preload bundle stays tiny (it
 * only needs names; the main process does the validating). contract.ts is checked to define exactly
 * these channels, at compile time and in a test.
 */

/** Renderer -> main request channels. */
export const INVOKE_CHANNELS = [
  'design.open',
  'design.save',
  'yaml.open',
  'yaml.export',
  'image.export',
  'csv.export',
  'bundle.export',
  'backup.write',
  'backup.read',
  'recent.list',
  'recent.open',
  'document.setState',
  'app.setLanguage',
  'file.takePending',
  'window.answerDirty',
  'window.answerSaved',
] as const;

/** Main -> renderer event channels. */
export const EVENT_CHANNELS = ['menu.command', 'file.open', 'window.closeRequested', 'window.saveBeforeClose'] as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];
export type EventChannel = (typeof EVENT_CHANNELS)[number];

/** Channel names as sent on the wire, prefixed so they cannot collide with Electron's own. */
export const wireChannel = (channel: InvokeChannel | EventChannel): string => `eks:${channel}`;

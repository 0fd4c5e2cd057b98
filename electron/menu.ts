/**
 * The native menu as a pure function of state, so tests check every item without Electron. Items send
 * the command ids of shared/commands/ids.ts, which it runs exactly like its toolbar and
 * shortcuts. The page owns the keyboard in both the browser and Electron (renderer/commands/shortcuts.ts),
 * so the menu shows those keys without registering them: one key press, one command. Items for commands
 * the renderer does not have yet are shown disabled and light up once their id exists.
 *
 * macOS only edits text fields through menu roles, so there Cut/Copy/Paste/Select All are roles; they
 * reach the canvas as the DOM clipboard events a browser fires.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { isCommandId } from '../shared/commands/ids.js';
import { SHORTCUTS, type Shortcut } from '../shared/commands/shortcuts.js';

/** Ids the menu offers beyond the renderer's current list (planned); disabled until they exist there. */
export const PLANNED_COMMAND_IDS = [
  'file.importYaml',
  'view.toggleMinimap',
  'view.toggleYamlPreview',
  'view.toggleProblems',
  'help.about',
  'help.rulesReference',
] as const;

export interface MenuState {
  platform: NodeJS.Platform;
  appName: string;
  recent: ReadonlyArray<{ name: string; path: string }>;
  /** Offer the developer tools (unpackaged builds only). */
  devTools: boolean;
}

export interface MenuActions {
  /** Sends a command id to the renderer. */
  send(id: string): void;
  openRecent(path: string): void;
  closeWindow(): void;
}

/** `{ key: 's', mod: true, shift: true }` -> `CmdOrCtrl+Shift+S` (Electron accelerator syntax). */
export function toAccelerator(s: Shortcut): string {
  const named: Record<string, string> = {
    Delete: 'Delete',
    Backspace: 'Backspace',
    Escape: 'Escape',
    '+': 'Plus',
    '=': '=',
    '-': '-',
  };
  const key = named[s.key] ?? (s.key.length === 1 ? s.key.toUpperCase() : s.key);
  return [s.mod ? 'CmdOrCtrl' : '', s.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

function acceleratorFor(id: string): string | undefined {
  const shortcut = isCommandId(id) ? SHORTCUTS[id]?.[0] : undefined;
  return shortcut ? toAccelerator(shortcut) : undefined;
}

export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const item = (label: string, id: string, extra: Partial<MenuItemConstructorOptions> = {}): MenuItemConstructorOptions => {
    const accelerator = acceleratorFor(id);
    return {
      label,
      id,
      enabled: isCommandId(id),
      ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
      click: () => actions.send(id),
      ...extra,
    };
  };
  const textEdit = (role: 'cut' | 'copy' | 'paste' | 'selectAll', label: string, id: string): MenuItemConstructorOptions =>
    mac ? { role, label } : item(label, id);

  const recentItems: MenuItemConstructorOptions[] =
    state.recent.length === 0
      ? [{ label: 'No Recent Files', enabled: false }]
      : state.recent.map((r, i) => ({
          // `&` would become a mnemonic on Windows/Linux; doubled it shows as itself.
          label: `${i < 9 ? `${i + 1} ` : ''}${r.name.replaceAll('&', '&&')}`,
          toolTip: r.path,
          click: () => actions.openRecent(r.path),
        }));

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      item('New from Template…', 'file.new'),
      item('Open…', 'file.open'),
      { label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      item('Save', 'file.save'),
      item('Save As…', 'file.saveAs'),
      { type: 'separator' },
      item('Import eksctl YAML…', 'file.importYaml'),
      item('Export eksctl YAML…', 'file.exportYaml'),
      item('Export Deployment Bundle…', 'file.exportBundle'),
      { label: 'Export Image', submenu: [item('PNG…', 'file.exportPng'), item('SVG…', 'file.exportSvg')] },
      { type: 'separator' },
      { label: 'Close', accelerator: 'CmdOrCtrl+W', click: () => actions.closeWindow() },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      item('Undo', 'edit.undo'),
      item('Redo', 'edit.redo'),
      { type: 'separator' },
      ...(mac ? [{ role: 'cut', label: 'Cut' } as const] : []),
      textEdit('copy', 'Copy', 'edit.copy'),
      textEdit('paste', 'Paste', 'edit.paste'),
      item('Duplicate', 'edit.duplicate'),
      item('Delete', 'edit.delete'),
      { type: 'separator' },
      textEdit('selectAll', 'Select All', 'edit.selectAll'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      item('Fit to Window', 'view.fit'),
      item('Zoom In', 'view.zoomIn'),
      item('Zoom Out', 'view.zoomOut'),
      { type: 'separator' },
      item('Minimap', 'view.toggleMinimap'),
      item('YAML Preview', 'view.toggleYamlPreview'),
      item('Problems', 'view.toggleProblems'),
      item('Language: English / 日本語', 'view.language'),
      { type: 'separator' },
      item('Auto-layout', 'view.autoLayout'),
      item('Command Palette…', 'view.commandPalette'),
      ...(state.devTools ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [item('Rules Reference', 'help.rulesReference'), ...(mac ? [] : [item(`About ${state.appName}`, 'help.about')])],
  };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: state.appName,
          submenu: [
            item(`About ${state.appName}`, 'help.about'),
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [...appMenu, file, edit, view, ...(mac ? [{ role: 'windowMenu' } as const] : []), help];
}

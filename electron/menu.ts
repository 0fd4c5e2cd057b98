/**
 * The native menu as a pure function of state, built from the command descriptors (shared/commands): every
 * command with a menu placement is an item there, labelled in the app's language, sending its id to the
 * renderer, which runs it exactly like its toolbar and shortcuts. The page owns the keyboard in both the
 * browser and Electron (renderer/commands/shortcuts.ts), so the menu shows those keys without registering
 * them: one key press, one command.
 *
 * macOS is different in two ways (electron/electron#18295): unhandled key presses go to the app menu even
 * with `registerAccelerator: false`, and Blink edits text fields only through menu items with the editing
 * roles. So there Undo/Redo/Cut/Copy/Paste/Select All are roles (the page's key handler still runs the
 * diagram's command when focus is not in a text field), and an item reached by its accelerator sends
 * nothing: a key the page left alone was meant for a text field, not the diagram. Chosen from the menu with
 * the mouse, Copy and Paste reach the diagram as the clipboard events the browser fires
 * (renderer/app/use-shortcuts.ts); Undo and Redo edit text fields only, while the keys and the toolbar undo
 * the diagram.
 */
import type { KeyboardEvent as ElectronKeyboardEvent, MenuItemConstructorOptions } from 'electron';
import { COMMAND_IDS, commandDescriptor, type CommandId } from '../shared/commands/ids.js';
import { MENU_TEXTS, MENU_TITLES, menuLabel, type UiLanguage } from '../shared/commands/labels.js';
import { SHORTCUTS, type Shortcut } from '../shared/commands/shortcuts.js';
import type { MenuName, MenuPlacement } from '../shared/commands/types.js';

export interface MenuState {
  platform: NodeJS.Platform;
  appName: string;
  /** The renderer's language (it tells the main process through `app.setLanguage`). */
  language: UiLanguage;
  recent: ReadonlyArray<{ name: string; path: string }>;
  /** Offer the developer tools (unpackaged builds only). */
  devTools: boolean;
}

export interface MenuActions {
  /** Sends a command id to the renderer. */
  send(id: CommandId): void;
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

type Entry = { group: number; order: number; item: MenuItemConstructorOptions };

/** Items in group and order, a separator between groups. */
function arrange(entries: Entry[]): MenuItemConstructorOptions[] {
  const sorted = [...entries].sort((a, b) => a.group - b.group || a.order - b.order);
  return sorted.flatMap((e, i) =>
    i > 0 && sorted[i - 1]!.group !== e.group ? [{ type: 'separator' as const }, e.item] : [e.item],
  );
}

const placementOf = (id: CommandId): MenuPlacement | null => {
  const menu = commandDescriptor(id).menu;
  return 'none' in menu ? null : menu;
};

export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const t = (text: { en: string; ja: string }) => text[state.language];
  // `&` would become a mnemonic on Windows/Linux; doubled it shows as itself.
  const plain = (label: string) => label.replaceAll('&', '&&');

  const commandItem = (id: CommandId, placement: MenuPlacement): MenuItemConstructorOptions => {
    const label = plain(menuLabel(id, state.language));
    if (mac && placement.macRole) return { role: placement.macRole, label, id };
    const shortcut = SHORTCUTS[id]?.[0];
    return {
      label,
      id,
      ...(shortcut ? { accelerator: toAccelerator(shortcut), registerAccelerator: false } : {}),
      click: (_item, _window, event: ElectronKeyboardEvent | undefined) => {
        if (event?.triggeredByAccelerator) return;
        actions.send(id);
      },
    };
  };

  const entries: Record<MenuName | 'app', Entry[]> = { file: [], edit: [], view: [], help: [], app: [] };
  for (const id of COMMAND_IDS) {
    const placement = placementOf(id);
    if (!placement) continue;
    const menu = mac && placement.macAppMenu ? 'app' : placement.menu;
    entries[menu].push({ group: placement.group, order: placement.order, item: commandItem(id, placement) });
  }

  const recentItems: MenuItemConstructorOptions[] =
    state.recent.length === 0
      ? [{ label: t(MENU_TEXTS.noRecent), enabled: false }]
      : state.recent.map((r, i) => ({
          label: `${i < 9 ? `${i + 1} ` : ''}${plain(r.name)}`,
          toolTip: r.path,
          click: () => actions.openRecent(r.path),
        }));
  const open = placementOf('file.open')!;
  entries.file.push(
    { group: open.group, order: open.order + 0.5, item: { label: t(MENU_TEXTS.openRecent), submenu: recentItems } },
    {
      group: Number.MAX_SAFE_INTEGER,
      order: 1,
      item: { label: t(MENU_TEXTS.close), accelerator: 'CmdOrCtrl+W', click: () => actions.closeWindow() },
    },
  );
  if (!mac) {
    entries.file.push({
      group: Number.MAX_SAFE_INTEGER,
      order: 2,
      item: { role: 'quit', label: t(MENU_TEXTS.quit), accelerator: 'Ctrl+Q' },
    });
  }
  if (mac) {
    const copy = placementOf('edit.copy')!;
    entries.edit.push({ group: copy.group, order: copy.order - 0.5, item: { role: 'cut', label: t(MENU_TEXTS.cut) } });
  }
  if (state.devTools) {
    entries.view.push({
      group: Number.MAX_SAFE_INTEGER,
      order: 1,
      item: { role: 'toggleDevTools', label: t(MENU_TEXTS.developerTools) },
    });
  }

  const submenu = (name: MenuName): MenuItemConstructorOptions => ({
    label: t(MENU_TITLES[name]),
    ...(name === 'help' ? { role: 'help' as const } : {}),
    submenu: arrange(entries[name]),
  });

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: state.appName,
          submenu: [
            ...arrange(entries.app),
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit', label: t(MENU_TEXTS.quitApp).replace('{app}', state.appName) },
          ],
        },
      ]
    : [];

  return [
    ...appMenu,
    submenu('file'),
    submenu('edit'),
    submenu('view'),
    ...(mac ? [{ role: 'windowMenu' as const, label: t(MENU_TEXTS.window) }] : []),
    submenu('help'),
  ];
}

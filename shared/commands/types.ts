/**
 * What a command is, as data: its label in both languages, its keys, where the native menu shows it and
 * when it can run. The renderer adds only the handler (renderer/commands/handlers.ts); the Electron main
 * process builds its menu from the same descriptors (electron/menu.ts).
 */

/** A key press: `mod` is Cmd on macOS and Ctrl elsewhere. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
}

export interface Translated {
  en: string;
  ja: string;
}

/** The facts a command's `enabledWhen` may look at: plain values, so the predicate is testable anywhere. */
export interface CommandContext {
  screen: 'start' | 'editor';
  hasSelection: boolean;
  canUndo: boolean;
  canRedo: boolean;
  hasClipboard: boolean;
}

export type MenuName = 'file' | 'edit' | 'view' | 'help';

/** Where the native menu shows a command: items sort by group, then order; groups are separated by a line. */
export interface MenuPlacement {
  menu: MenuName;
  group: number;
  order: number;
  /** macOS puts this item in the application menu instead (About). */
  macAppMenu?: boolean;
  /**
   * On macOS, text fields are edited only through menu items with these roles (electron/electron#18295), so
   * there the item is the role and the page's own key handler runs the diagram's command.
   */
  macRole?: 'undo' | 'redo' | 'copy' | 'paste' | 'selectAll';
}

export interface CommandDescriptor {
  /** The label in the toolbar, the command palette and (unless `menuLabel`) the native menu. */
  label: Translated;
  /** A different label for the native menu, where the item stands without the toolbar's context. */
  menuLabel?: Translated;
  /** Keys that run it; the first one is shown. */
  keys?: readonly Shortcut[];
  /** Its place in the native menu, or why it has none. */
  menu: MenuPlacement | { none: string };
  /** Whether it can run now; always when absent. */
  enabledWhen?: (ctx: CommandContext) => boolean;
  /** Its keys also work while typing in a text field (they mean nothing to the field). */
  whileTyping?: boolean;
}

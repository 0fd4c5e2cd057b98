/**
 * Texts of commands and of the native menu's own items (menu titles, Open Recent, Close, Quit), in English
 * and Japanese. The renderer's i18n tables take command labels from here, the main process its menu.
 */
import { COMMAND_IDS, commandDescriptor, type CommandId } from './ids.js';
import type { MenuName, Translated } from './types.js';

export type UiLanguage = 'en' | 'ja';
export const UI_LANGUAGES = ['en', 'ja'] as const satisfies readonly UiLanguage[];

/** Labels of all commands in one language, keyed by id (the renderer's `cmd.<id>` texts). */
export function commandLabels(lang: UiLanguage): Record<CommandId, string> {
  return Object.fromEntries(COMMAND_IDS.map((id) => [id, commandDescriptor(id).label[lang]])) as Record<CommandId, string>;
}

/** The label a command has in the native menu. */
export function menuLabel(id: CommandId, lang: UiLanguage): string {
  const d = commandDescriptor(id);
  return (d.menuLabel ?? d.label)[lang];
}

/** Menu titles with their Windows/Linux access keys (`&F`; Japanese menus show the key in brackets). */
export const MENU_TITLES: Record<MenuName, Translated> = {
  file: { en: '&File', ja: 'ファイル(&F)' },
  edit: { en: '&Edit', ja: '編集(&E)' },
  view: { en: '&View', ja: '表示(&V)' },
  help: { en: '&Help', ja: 'ヘルプ(&H)' },
};

/** The main process's own menu items, which run no renderer command. */
export const MENU_TEXTS = {
  openRecent: { en: 'Open Recent', ja: '最近使ったファイルを開く' },
  noRecent: { en: 'No Recent Files', ja: '最近使ったファイルはありません' },
  close: { en: 'Close Window', ja: 'ウィンドウを閉じる' },
  quit: { en: 'Quit', ja: '終了' },
  /** macOS's application menu names the app: `{app}` is replaced. */
  quitApp: { en: 'Quit {app}', ja: '{app} を終了' },
  cut: { en: 'Cut', ja: '切り取り' },
  window: { en: 'Window', ja: 'ウインドウ' },
  developerTools: { en: 'Developer Tools', ja: '開発者ツール' },
} as const satisfies Record<string, Translated>;

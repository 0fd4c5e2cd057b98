/**
 * The question the app asks at start when it runs without Chromium's sandbox (see node/linux-sandbox.ts:
 * electron-builder's AppImage launcher adds --no-sandbox by itself on Ubuntu 23.10+). The sandbox is never
 * off without the user knowing: they read why and what keeps it, and choose to quit (the default) or go on.
 */
import type { MessageBoxOptions } from 'electron';
import type { UiLanguage } from '../shared/commands/labels.js';
import type { NoSandboxNotice } from '../node/linux-sandbox.js';

export interface NoticeDeps {
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
  writeClipboard(text: string): void;
}

const TEXTS = {
  en: {
    message: 'EKS Sandbox is running without its sandbox',
    restricted:
      'This system allows user namespaces only to programs with an AppArmor profile (Ubuntu 23.10 and later), so the AppImage launcher turned Chromium’s sandbox off. The app’s pages then run with fewer protections.',
    restrictedFix:
      'To keep the sandbox, install the .deb package (recommended), or run this once in a terminal and start the AppImage again:',
    restrictedDeb: 'To keep the sandbox, install the .deb package (recommended).',
    flag: 'The app was started with --no-sandbox, so its pages run with fewer protections. Start it without --no-sandbox to keep the sandbox.',
    copyAndQuit: 'Copy Command and Quit',
    quit: 'Quit',
    proceed: 'Continue Without Sandbox',
  },
  ja: {
    message: 'EKS Sandbox はサンドボックスなしで動いています',
    restricted:
      'このシステム（Ubuntu 23.10 以降）は AppArmor プロファイルのあるプログラムにしかユーザー名前空間を許可しないため、AppImage の起動スクリプトが Chromium のサンドボックスを無効にしました。このままではアプリの画面は弱い保護の下で動きます。',
    restrictedFix:
      'サンドボックスを使うには .deb パッケージ（推奨）をインストールするか、ターミナルで次のコマンドを一度実行してから AppImage を起動し直してください:',
    restrictedDeb: 'サンドボックスを使うには .deb パッケージ（推奨）をインストールしてください。',
    flag: 'アプリは --no-sandbox 付きで起動されたため、画面は弱い保護の下で動きます。サンドボックスを使うには --no-sandbox を付けずに起動してください。',
    copyAndQuit: 'コマンドをコピーして終了',
    quit: '終了',
    proceed: 'サンドボックスなしで続ける',
  },
} as const;

/** What the message box says, in the app's language. */
export function noticeMessage(notice: NoSandboxNotice, language: UiLanguage): MessageBoxOptions & { buttons: string[] } {
  const t = TEXTS[language];
  const detail = notice.restricted
    ? [t.restricted, notice.command ? `${t.restrictedFix}\n\n${notice.command}` : t.restrictedDeb].join('\n\n')
    : t.flag;
  const buttons = notice.command ? [t.copyAndQuit, t.quit, t.proceed] : [t.quit, t.proceed];
  return { type: 'warning', message: t.message, detail, buttons, defaultId: 0, cancelId: buttons.length - 2, noLink: true };
}

/** Asks; resolves true only when the user chose to continue without the sandbox. */
export async function confirmWithoutSandbox(notice: NoSandboxNotice, language: UiLanguage, deps: NoticeDeps): Promise<boolean> {
  const options = noticeMessage(notice, language);
  const { response } = await deps.showMessageBox(options);
  const proceed = response === options.buttons.length - 1;
  if (notice.command && response === 0) deps.writeClipboard(notice.command);
  return proceed;
}

/**
 * What the UI needs from the machine it runs on. Two implementations: `electron.ts` (through the
 * preload's contract-generated API) and `web.ts` (browser file pickers and downloads). The UI never
 * touches `window.eksSandbox` or the DOM file APIs directly.
 */
import type { UiLanguage } from '../../shared/commands/labels.js';
import type { BundleFile } from '../../shared/deploy/types.js';

/** An opened or saved design file. `handle` identifies it for the next save (a path in Electron). */
export interface FileRef {
  name: string;
  handle?: string;
}

export interface OpenedFile extends FileRef {
  text: string;
}

/** Ids of commands the native menu can send (see renderer/commands). */
export type MenuCommandId = string;

export interface Platform {
  readonly kind: 'electron' | 'web';
  /** Ask the user for a design file and read it; null when cancelled. */
  openDesign(): Promise<OpenedFile | null>;
  /**
   * Save design text. With `file.handle` and not `saveAs`, writes in place (the Electron side refuses
   * when the file changed on disk since it was opened and reports `conflict`). Null when cancelled.
   */
  saveDesign(text: string, file: FileRef | null, saveAs: boolean): Promise<{ file: FileRef } | { conflict: true } | null>;
  /** Ask the user for an eksctl YAML file and read it; null when cancelled. */
  openYaml(): Promise<OpenedFile | null>;
  /** Write eksctl YAML chosen through a save dialog (a download in the browser). */
  exportYaml(yaml: string, suggestedName: string): Promise<boolean>;
  /**
   * Write other text (the cost CSV) through a save dialog; the extension comes from `suggestedName`.
   * Optional: a platform without it does not offer such exports.
   */
  exportText?(text: string, suggestedName: string): Promise<boolean>;
  /**
   * Write a deployment bundle (paths relative to the folder) into a folder the user picks. When that folder
   * is not empty, `confirmReplace(folderName)` decides whether the bundle's files replace those in it.
   * Resolves with the folder's name, or null when cancelled.
   */
  exportBundle(
    files: readonly BundleFile[],
    suggestedName: string,
    confirmReplace: (folder: string) => Promise<boolean>,
  ): Promise<{ folder: string } | null>;
  /** Write an image (PNG bytes or SVG text) through a save dialog. */
  exportImage(data: Uint8Array | string, suggestedName: string, type: 'png' | 'svg'): Promise<boolean>;
  /**
   * Back up unsaved work (about a second after each change, and at once when the page is hidden or the
   * design replaced); null clears the backup. The write must start before the promise is awaited: a
   * flush from `pagehide` gets no later turn of the event loop (localStorage in the browser is synchronous).
   */
  writeBackup(text: string | null): Promise<void>;
  /** A backup left by a crash or kill, offered back on start. */
  readBackup(): Promise<string | null>;
  recentFiles(): Promise<FileRef[]>;
  openRecent(file: FileRef): Promise<OpenedFile | null>;
  /** Tell the shell the title and whether there are unsaved changes. */
  setDocumentState(state: { title: string; dirty: boolean }): void;
  /** Tell the shell the UI language, so its native menu and dialogs match (Electron only). */
  setLanguage?(language: UiLanguage): void;
  /** Native menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (id: MenuCommandId) => void): () => void;
  /**
   * Design files the OS asks to open (double click, command line, a second launch, Open Recent in the
   * native menu), including any that arrived before this was called. Electron only; returns unsubscribe.
   */
  onOpenFile?(listener: (file: OpenedFile) => void): () => void;
}

/**
 * What each contract channel does in the main process. Plain functions over injected dependencies
 * (dialogs, stores), so tests run them against real temp files with fake dialogs. The rule that keeps a
 * compromised renderer harmless: it can only write to a path the user chose in a dialog, opened, or has
 * on the recent list; anything else goes through a save dialog.
 */
import path from 'node:path';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { UiLanguage } from '../shared/commands/labels.js';
import type { OpenedDesign } from '../shared/ipc/contract.js';
import { DESIGN_FILE_EXTENSION } from '../shared/model/design.js';
import type { Handlers, IpcContext } from './ipc.js';
import type { BackupStore } from '../node/backups.js';
import { FileServiceError } from '../node/errors.js';
import { readTextFile, saveFileAtomic } from '../node/files.js';
import { writeBundleFolder } from '../node/bundle-folder.js';
import type { RecentStore } from '../node/recent.js';
import { DIALOG_TEXTS, type DialogTexts } from './dialog-texts.js';

export interface DialogLike {
  showOpenDialog(window: BrowserWindow, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(window: BrowserWindow, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface HandlerDeps {
  dialog: DialogLike;
  backups: BackupStore;
  recent: RecentStore;
  /** Backup ids of windows open now; their backups are not leftovers from a crash. */
  liveBackupIds(): string[];
  /** The recent list changed (rebuild the Open Recent menu). */
  onRecentChanged(): void;
  /** A window's title or dirty flag changed. */
  onDocumentState(ctx: IpcContext): void;
  /** The renderer's language (the native menu follows it). */
  onLanguage(language: UiLanguage): void;
  /** The app's language now: the file dialogs' filters and buttons are in it. */
  language(): UiLanguage;
}

const EXT = DESIGN_FILE_EXTENSION.slice(1);
const designFilters = (t: DialogTexts) => [
  { name: t.designFiles, extensions: [EXT] },
  { name: t.allFiles, extensions: ['*'] },
];
const yamlFilters = (t: DialogTexts) => [
  { name: t.yamlFiles, extensions: ['yaml', 'yml'] },
  { name: t.allFiles, extensions: ['*'] },
];

/** Adds `ext` when the user typed a name without one (Linux dialogs do not add it). */
export function withExtension(file: string, ext: string): string {
  return path.extname(file) === '' ? `${file}.${ext}` : file;
}

/** Asks where to save; the answer gets `ext` when the user typed a name without an extension. */
async function pickSavePath(
  deps: HandlerDeps,
  ctx: IpcContext,
  suggestedName: string,
  ext: string,
  filters: SaveDialogOptions['filters'],
  near?: string,
) {
  const suggested = withExtension(suggestedName, ext);
  const { canceled, filePath } = await deps.dialog.showSaveDialog(ctx.window, {
    defaultPath: near ? path.join(path.dirname(near), suggested) : suggested,
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return canceled || !filePath ? null : path.resolve(withExtension(filePath, ext));
}

/** Reads a design file the user picked or the OS passed, grants its path, and puts it on the recent list. */
export async function openDesignPath(deps: HandlerDeps, ctx: IpcContext, file: string): Promise<OpenedDesign> {
  const resolved = path.resolve(file);
  const { text, stamp } = await readTextFile(resolved);
  ctx.session.grant(resolved);
  await deps.recent.add(resolved).catch((err: unknown) => console.warn('[recent] cannot update the list:', err));
  deps.onRecentChanged();
  return { name: path.basename(resolved), path: resolved, text, stamp };
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const texts = () => DIALOG_TEXTS[deps.language()];
  return {
    async 'design.open'(_request, ctx) {
      const { canceled, filePaths } = await deps.dialog.showOpenDialog(ctx.window, {
        properties: ['openFile'],
        filters: designFilters(texts()),
      });
      const picked = filePaths[0];
      if (canceled || !picked) return { status: 'cancelled' };
      return { status: 'opened', file: await openDesignPath(deps, ctx, picked) };
    },

    async 'design.save'({ text, target, saveAs, suggestedName }, ctx) {
      const inPlace = !saveAs && target !== null && (ctx.session.isGranted(target.path) || (await deps.recent.has(target.path)));
      let file: string;
      let stamp;
      if (inPlace) {
        file = path.resolve(target.path);
        try {
          stamp = await saveFileAtomic(file, text, { checkConflict: true, expected: target.expected });
        } catch (err) {
          if (err instanceof FileServiceError && err.code === 'conflict') return { status: 'conflict', message: err.message };
          throw err;
        }
      } else {
        const picked = await pickSavePath(deps, ctx, suggestedName, EXT, designFilters(texts()), target?.path);
        if (!picked) return { status: 'cancelled' };
        file = picked;
        // The dialog already confirmed replacing an existing file.
        stamp = await saveFileAtomic(file, text);
      }
      ctx.session.grant(file);
      await deps.recent.add(file).catch((err: unknown) => console.warn('[recent] cannot update the list:', err));
      deps.onRecentChanged();
      return { status: 'saved', file: { name: path.basename(file), path: file }, stamp };
    },

    async 'yaml.open'(_request, ctx) {
      const { canceled, filePaths } = await deps.dialog.showOpenDialog(ctx.window, {
        properties: ['openFile'],
        filters: yamlFilters(texts()),
      });
      const picked = filePaths[0];
      if (canceled || !picked) return { status: 'cancelled' };
      const { text } = await readTextFile(picked);
      return { status: 'opened', file: { name: path.basename(picked), path: path.resolve(picked), text } };
    },

    async 'yaml.export'({ text, suggestedName }, ctx) {
      const picked = await pickSavePath(deps, ctx, suggestedName, 'yaml', yamlFilters(texts()));
      if (!picked) return { saved: false };
      await saveFileAtomic(picked, text);
      return { saved: true };
    },

    async 'csv.export'({ text, suggestedName }, ctx) {
      const picked = await pickSavePath(deps, ctx, suggestedName, 'csv', [{ name: texts().csvFiles, extensions: ['csv'] }]);
      if (!picked) return { saved: false };
      await saveFileAtomic(picked, text);
      return { saved: true };
    },

    async 'bundle.export'({ files, suggestedName, replace }, ctx) {
      let folder: string;
      if (replace !== null) {
        // Only a folder this window's dialog gave, after the user agreed to replace the bundle's files in it.
        folder = path.resolve(replace.path);
        if (!ctx.session.isGranted(folder))
          throw new FileServiceError('not-granted', `The folder "${path.basename(folder)}" was not chosen in a dialog.`);
      } else {
        const { canceled, filePath } = await deps.dialog.showSaveDialog(ctx.window, {
          defaultPath: suggestedName,
          buttonLabel: texts().writeBundle,
          properties: ['createDirectory'],
        });
        if (canceled || !filePath) return { status: 'cancelled' };
        folder = path.resolve(filePath);
        ctx.session.grant(folder);
      }
      const ref = { name: path.basename(folder), path: folder };
      try {
        await writeBundleFolder(folder, files, { overwrite: replace !== null });
      } catch (err) {
        if (err instanceof FileServiceError && err.code === 'exists') return { status: 'not-empty', folder: ref };
        throw err;
      }
      return { status: 'saved', folder: ref };
    },

    async 'image.export'({ data, suggestedName, type }, ctx) {
      const filters = [{ name: type === 'png' ? texts().pngImage : texts().svgImage, extensions: [type] }];
      const picked = await pickSavePath(deps, ctx, suggestedName, type, filters);
      if (!picked) return { saved: false };
      await saveFileAtomic(picked, data);
      return { saved: true };
    },

    async 'backup.write'({ text }, ctx) {
      ctx.session.offeringBackup = false;
      if (text === null) await deps.backups.remove(ctx.session.backupId);
      else await deps.backups.write(ctx.session.backupId, text);
      return null;
    },

    async 'backup.read'(_request, ctx) {
      const live = new Set(deps.liveBackupIds());
      const own = ctx.session.backupId;
      const backups = await deps.backups.list();
      // Asking again before the user decided (the start screen shown twice) offers the same backup.
      const offered = ctx.session.offeringBackup ? backups.find((b) => b.id === own) : undefined;
      if (offered) return { text: offered.text };
      const leftover = backups.find((b) => b.id !== own && !live.has(b.id));
      if (!leftover) return { text: null };
      // Taken over by this window: declining (writeBackup(null)) or saving removes it for good.
      const text = await deps.backups.adopt(leftover.id, own);
      ctx.session.offeringBackup = text !== null;
      return { text };
    },

    async 'recent.list'() {
      return (await deps.recent.list()).map((e) => ({ name: e.name, path: e.path }));
    },

    async 'recent.open'({ path: file }, ctx) {
      if (!(await deps.recent.has(file))) {
        throw new FileServiceError('not-granted', `"${path.basename(file)}" is not in the recent files list.`);
      }
      try {
        return { file: await openDesignPath(deps, ctx, file) };
      } catch (err) {
        if (err instanceof FileServiceError && err.code === 'not-found') {
          await deps.recent.remove(file).catch(() => undefined);
          deps.onRecentChanged();
        }
        throw err;
      }
    },

    'document.setState'({ title, dirty }, ctx) {
      ctx.session.title = title;
      ctx.session.dirty = dirty;
      deps.onDocumentState(ctx);
      return null;
    },

    'app.setLanguage'({ language }) {
      deps.onLanguage(language);
      return null;
    },

    'file.takePending'(_request, ctx) {
      ctx.session.rendererListening = true;
      return { file: ctx.session.takePendingOpen() };
    },

    'window.answerDirty'({ requestId, dirty }, ctx) {
      ctx.session.dirtyAnswers.settle(requestId, dirty);
      return null;
    },

    'window.answerSaved'({ requestId, saved }, ctx) {
      ctx.session.savedAnswers.settle(requestId, saved);
      return null;
    },
  };
}

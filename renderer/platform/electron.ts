/**
 * The Platform over the Electron preload's `window.eksSandbox` (generated from shared/ipc/contract.ts).
 * It remembers each opened file's stamp so in-place saves can be refused when the file changed on disk,
 * answers the main process's close questions from the last reported document state, and turns "Save"
 * in the close prompt into the renderer's own `file.save` command, reporting whether it succeeded.
 */
import type { EksSandboxApi, FileStamp, IpcResult, OpenedDesign } from '../../shared/ipc/contract.js';
import type { FileRef, MenuCommandId, OpenedFile, Platform } from './types.js';

declare global {
  interface Window {
    eksSandbox?: EksSandboxApi;
  }
}

/** A failure reported by the main process, with a message meant for the user. */
export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

async function unwrap<T>(result: Promise<IpcResult<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new PlatformError(r.error.code, r.error.message);
  return r.value;
}

/** A name the save dialog can start from: no folder separators, not empty, not absurdly long. */
export function suggestedFileName(name: string | undefined, fallback: string): string {
  const clean = (name ?? '')
    .replace(/[\\/\0]/g, '-')
    .trim()
    .slice(0, 200);
  return clean === '' ? fallback : clean;
}

export function createElectronPlatform(
  api: EksSandboxApi | undefined = typeof window === 'undefined' ? undefined : window.eksSandbox,
): Platform {
  if (!api) throw new Error('The Electron preload API (window.eksSandbox) is missing.');
  const stamps = new Map<string, FileStamp>();
  const menuListeners = new Set<(id: MenuCommandId) => void>();
  const openListeners = new Set<(file: OpenedFile) => void>();
  const queuedOpens: OpenedFile[] = [];
  let documentState = { title: '', dirty: false };
  /** Answers the main process's "save before close" once the save triggered for it settles. */
  let answerSave: ((saved: boolean) => void) | null = null;

  const settleSave = (saved: boolean) => {
    const answer = answerSave;
    answerSave = null;
    answer?.(saved);
  };
  const toOpened = (file: OpenedDesign): OpenedFile => {
    stamps.set(file.path, file.stamp);
    return { name: file.name, handle: file.path, text: file.text };
  };
  const deliverOpen = (file: OpenedFile) => {
    if (openListeners.size === 0) queuedOpens.push(file);
    else for (const listener of openListeners) listener(file);
  };

  api.on['menu.command'](({ id }) => {
    for (const listener of menuListeners) listener(id);
  });
  api.on['file.open'](({ file }) => deliverOpen(toOpened(file)));
  api.on['window.closeRequested'](({ requestId }) => {
    settleSave(false);
    void api.invoke['window.answerDirty']({ requestId, dirty: documentState.dirty });
  });
  api.on['window.saveBeforeClose'](({ requestId }) => {
    settleSave(false);
    const answer = (saved: boolean) => void api.invoke['window.answerSaved']({ requestId, saved });
    if (menuListeners.size === 0) {
      answer(false);
      return;
    }
    answerSave = answer;
    for (const listener of menuListeners) listener('file.save');
  });

  return {
    kind: 'electron',

    async openDesign() {
      const r = await unwrap(api.invoke['design.open']({}));
      return r.status === 'opened' ? toOpened(r.file) : null;
    },

    async saveDesign(text: string, file: FileRef | null, saveAs: boolean) {
      const target = file?.handle ? { path: file.handle, expected: stamps.get(file.handle) ?? null } : null;
      try {
        const r = await unwrap(
          api.invoke['design.save']({
            text,
            target,
            saveAs,
            suggestedName: suggestedFileName(file?.name ?? documentState.title, 'design.eksdesign'),
          }),
        );
        if (r.status === 'saved') {
          stamps.set(r.file.path, r.stamp);
          settleSave(true);
          return { file: { name: r.file.name, handle: r.file.path } };
        }
        settleSave(false);
        return r.status === 'conflict' ? { conflict: true as const } : null;
      } catch (err) {
        settleSave(false);
        throw err;
      }
    },

    async openYaml() {
      const r = await unwrap(api.invoke['yaml.open']({}));
      return r.status === 'opened' ? { name: r.file.name, handle: r.file.path, text: r.file.text } : null;
    },

    async exportYaml(yaml, suggestedName) {
      return (
        await unwrap(api.invoke['yaml.export']({ text: yaml, suggestedName: suggestedFileName(suggestedName, 'cluster.yaml') }))
      ).saved;
    },

    async exportText(text, suggestedName) {
      return (await unwrap(api.invoke['csv.export']({ text, suggestedName: suggestedFileName(suggestedName, 'cost.csv') })))
        .saved;
    },

    async exportBundle(files, suggestedName, confirmReplace) {
      const request = { files: [...files], suggestedName: suggestedFileName(suggestedName, 'bundle') };
      let result = await unwrap(api.invoke['bundle.export']({ ...request, replace: null }));
      if (result.status === 'not-empty') {
        if (!(await confirmReplace(result.folder.name))) return null;
        result = await unwrap(api.invoke['bundle.export']({ ...request, replace: { path: result.folder.path } }));
      }
      return result.status === 'saved' ? { folder: result.folder.path } : null;
    },

    async exportImage(data, suggestedName, type) {
      const r = await unwrap(
        api.invoke['image.export']({ data, suggestedName: suggestedFileName(suggestedName, `design.${type}`), type }),
      );
      return r.saved;
    },

    async writeBackup(text) {
      // A failed backup is retried on the next change; it must never interrupt editing.
      await unwrap(api.invoke['backup.write']({ text })).catch((err: unknown) => console.warn('[backup]', err));
    },

    async readBackup() {
      return (await unwrap(api.invoke['backup.read']({}))).text;
    },

    async recentFiles() {
      return (await unwrap(api.invoke['recent.list']({}))).map((f) => ({ name: f.name, handle: f.path }));
    },

    async openRecent(file) {
      if (!file.handle) return null;
      return toOpened((await unwrap(api.invoke['recent.open']({ path: file.handle }))).file);
    },

    setDocumentState(state) {
      // Called on every store change (drags included); only a real change is worth a message.
      if (state.title === documentState.title && state.dirty === documentState.dirty) return;
      documentState = { title: state.title, dirty: state.dirty };
      void unwrap(api.invoke['document.setState']({ title: state.title.slice(0, 300), dirty: state.dirty })).catch(
        (err: unknown) => console.warn('[document state]', err),
      );
    },

    setLanguage(language) {
      void unwrap(api.invoke['app.setLanguage']({ language })).catch((err: unknown) => console.warn('[language]', err));
    },

    onMenuCommand(listener) {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },

    onOpenFile(listener) {
      openListeners.add(listener);
      for (const file of queuedOpens.splice(0)) listener(file);
      // Files the OS passed before anyone listened (command line, double click) wait in the main process.
      void unwrap(api.invoke['file.takePending']({}))
        .then((r) => r.file && deliverOpen(toOpened(r.file)))
        .catch((err: unknown) => console.warn('[open file]', err));
      return () => openListeners.delete(listener);
    },
  };
}

/**
 * The browser platform: files are opened through a hidden file input and saved as downloads; the
 * backup and the recent-files list live in localStorage.
 */
import type { BundleFile } from '../../shared/deploy/types.js';
import type { FileRef, OpenedFile, Platform } from './types.js';

const BACKUP_KEY = 'eks-sandbox.backup';
const RECENT_KEY = 'eks-sandbox.recent';
/** Recent files in the browser keep their text, since a page cannot reopen a path. */
const RECENT_TEXT_PREFIX = 'eks-sandbox.recent-text:';
const MAX_RECENT = 8;

function pickFile(accept: string): Promise<OpenedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.dataset.testid = 'file-input';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      file.text().then(
        (text) => resolve({ name: file.name, text }),
        () => resolve(null),
      );
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.appendChild(input);
    input.click();
  });
}

function download(data: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The parts of the File System Access API the bundle export uses (Chromium; not in TypeScript's DOM types yet). */
interface DirectoryHandle {
  readonly name: string;
  keys(): AsyncIterable<string>;
  getDirectoryHandle(name: string, options: { create: boolean }): Promise<DirectoryHandle>;
  getFileHandle(
    name: string,
    options: { create: boolean },
  ): Promise<{ createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }> }>;
}
type DirectoryPicker = (options: { id: string; mode: 'readwrite' }) => Promise<DirectoryHandle>;

/**
 * Writes the bundle into a folder the user picks (Chromium's directory picker). Each file goes through a
 * writable stream, which the browser writes to a temporary file and moves into place on close, so a file is
 * either the old one or the whole new one. Browsers without the picker get one download per file instead,
 * named after its path (folders cannot be downloaded).
 */
async function exportBundleFolder(
  files: readonly BundleFile[],
  suggestedName: string,
  confirmReplace: (folder: string) => Promise<boolean>,
): Promise<{ folder: string } | null> {
  const picker = (window as unknown as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
  if (typeof picker !== 'function') {
    for (const f of files) download(f.content, `${suggestedName}_${f.path.replace(/\//g, '_')}`, 'text/plain');
    return { folder: suggestedName };
  }
  let root: DirectoryHandle;
  try {
    root = await picker({ id: 'eks-sandbox-bundle', mode: 'readwrite' });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') return null;
    throw err;
  }
  for await (const _entry of root.keys()) {
    if (!(await confirmReplace(root.name))) return null;
    break;
  }
  for (const file of files) {
    const parts = file.path.split('/');
    let dir = root;
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
    const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
    await writable.write(file.content);
    await writable.close();
  }
  return { folder: root.name };
}

function readRecent(): FileRef[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((f): f is FileRef => typeof f?.name === 'string') : [];
  } catch {
    return [];
  }
}

function remember(name: string, text: string): void {
  const list = [{ name }, ...readRecent().filter((f) => f.name !== name)].slice(0, MAX_RECENT);
  try {
    localStorage.setItem(RECENT_KEY, JSON.stringify(list));
    localStorage.setItem(RECENT_TEXT_PREFIX + name, text);
  } catch {
    // Storage full: the recent list is a convenience, never worth failing a save over.
  }
}

function safeName(name: string, ext: string): string {
  const base = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'design';
  return base.endsWith(ext) ? base : `${base}${ext}`;
}

export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    async openDesign() {
      const file = await pickFile('.eksdesign,.json,application/json');
      if (file) remember(file.name, file.text);
      return file;
    },
    async saveDesign(text, file) {
      const name = safeName(file?.name ?? 'design', '.eksdesign');
      download(text, name, 'application/json');
      remember(name, text);
      return { file: { name } };
    },
    openYaml: () => pickFile('.yaml,.yml'),
    async exportYaml(yaml, suggestedName) {
      download(yaml, safeName(suggestedName, '.yaml'), 'application/yaml');
      return true;
    },
    async exportText(text, suggestedName) {
      const ext = /\.[A-Za-z0-9]+$/.exec(suggestedName)?.[0] ?? '.txt';
      download(text, safeName(suggestedName, ext), ext === '.csv' ? 'text/csv' : 'text/plain');
      return true;
    },
    exportBundle: exportBundleFolder,
    async exportImage(data, suggestedName, type) {
      const bytes = typeof data === 'string' ? data : new Uint8Array(data);
      download(bytes, safeName(suggestedName, `.${type}`), type === 'png' ? 'image/png' : 'image/svg+xml');
      return true;
    },
    async writeBackup(text) {
      try {
        if (text === null) localStorage.removeItem(BACKUP_KEY);
        else localStorage.setItem(BACKUP_KEY, text);
      } catch {
        // A backup that does not fit is skipped; the next change tries again.
      }
    },
    async readBackup() {
      return localStorage.getItem(BACKUP_KEY);
    },
    async recentFiles() {
      return readRecent().filter((f) => localStorage.getItem(RECENT_TEXT_PREFIX + f.name) !== null);
    },
    async openRecent(file) {
      const text = localStorage.getItem(RECENT_TEXT_PREFIX + file.name);
      return text === null ? null : { name: file.name, text };
    },
    setDocumentState({ title, dirty }) {
      document.title = `${dirty ? '• ' : ''}${title} — EKS Sandbox`;
    },
    onMenuCommand() {
      return () => {};
    },
  };
}

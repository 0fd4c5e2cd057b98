/**
 * The one typed contract between the Electron main process and the renderer. Every channel the
 * preload exposes, and every channel `electron/ipc.ts` registers, comes from these two maps, so a
 * channel cannot exist on one side only. Requests are parsed in the main process before any handler
 * runs; responses are parsed before they leave it. Sizes are capped so a misbehaving renderer cannot
 * make the main process allocate without bound.
 */
import { z } from 'zod';
import { UI_LANGUAGES } from '../commands/labels.js';
import { MAX_DESIGN_FILE_BYTES } from '../model/document.js';
import { EVENT_CHANNELS, INVOKE_CHANNELS, wireChannel, type EventChannel, type InvokeChannel } from './channels.js';

export { EVENT_CHANNELS, INVOKE_CHANNELS, wireChannel, type EventChannel, type InvokeChannel };

/** Largest design or YAML text accepted over IPC (same cap as reading a design file). */
export const MAX_TEXT_BYTES = MAX_DESIGN_FILE_BYTES;
/** Largest exported image (PNG bytes or SVG text). A large canvas at 2x fits well under this. */
export const MAX_IMAGE_BYTES = 64 * 1024 * 1024;
/** Longest file path accepted from the renderer (Linux PATH_MAX). */
export const MAX_PATH_CHARS = 4096;
/** Longest file name (most file systems allow 255 bytes). */
export const MAX_NAME_CHARS = 255;
/** Most files a deployment bundle may hold (cluster.yaml, DEPLOY.md, deploy.sh, a few values files, the manifests). */
export const MAX_BUNDLE_FILES = 2000;
/** Longest window title the renderer may set. */
export const MAX_TITLE_CHARS = 300;

/** A text payload capped by UTF-16 length (a cheap upper bound on its UTF-8 size divided by 3). */
const text = (max: number) => z.string().max(max);
/** A file system path: not empty, no NUL (which truncates paths in C APIs). */
const filePath = z
  .string()
  .min(1)
  .max(MAX_PATH_CHARS)
  .refine((p) => !p.includes('\0'), 'a path must not contain NUL');
/** A bare file name suggested for a save dialog: no folder parts. */
const fileName = z
  .string()
  .min(1)
  .max(MAX_NAME_CHARS)
  .refine((n) => !/[\\/\0]/.test(n), 'a file name must not contain / \\ or NUL');

/** What the file looked like when it was opened or last saved; compared before overwriting it. */
export const fileStampSchema = z.strictObject({
  mtimeMs: z.number().nonnegative(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type FileStamp = z.infer<typeof fileStampSchema>;

/** A file on disk the user chose: display name plus absolute path. */
export const fileRefSchema = z.strictObject({ name: z.string().max(MAX_NAME_CHARS), path: filePath });
export type FileRefWire = z.infer<typeof fileRefSchema>;

/** A design file as read: its text and the stamp to send back with the next in-place save. */
export const openedDesignSchema = fileRefSchema.extend({ text: text(MAX_TEXT_BYTES), stamp: fileStampSchema });
export type OpenedDesign = z.infer<typeof openedDesignSchema>;

/** Command ids the native menu sends, e.g. `file.save`, `edit.undo`, `view.fit`. */
export const menuCommandIdSchema = z
  .string()
  .max(64)
  .regex(/^[a-z][a-zA-Z]*(\.[a-zA-Z0-9-]+)+$/);

/** A file of a deployment bundle: a relative path with `/`, no `.` or `..` parts, inside the folder. */
const bundleFileSchema = z.strictObject({
  path: z
    .string()
    .min(1)
    .max(MAX_PATH_CHARS)
    .refine(
      (p) =>
        !p.startsWith('/') && p.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !/[\\\0]/.test(part)),
      'a bundle file path is relative, with / between plain names',
    ),
  content: text(MAX_TEXT_BYTES),
  executable: z.boolean().optional(),
});

const empty = z.strictObject({});
const cancelled = z.strictObject({ status: z.literal('cancelled') });
const requestId = z.number().int().nonnegative();

/**
 * Renderer -> main request/response channels (`ipcRenderer.invoke` / `ipcMain.handle`).
 * The response schema describes the success value; failures travel in {@link ipcResultSchema}.
 */
export const invokeContract = {
  /** Show an open dialog for a design file and read it (20 MB cap). `cancelled` when the dialog is closed. */
  'design.open': {
    request: empty,
    response: z.discriminatedUnion('status', [
      z.strictObject({ status: z.literal('opened'), file: openedDesignSchema }),
      cancelled,
    ]),
  },
  /**
   * Save design text. With `target` and not `saveAs`, writes in place, atomically, after checking the
   * file still matches `target.expected` (else `conflict`; the UI offers Save As). Otherwise shows a
   * save dialog starting at `suggestedName`. The main process writes only to paths the user chose in
   * a dialog, opened, or has in the recent list.
   */
  'design.save': {
    request: z.strictObject({
      text: text(MAX_TEXT_BYTES),
      target: z.strictObject({ path: filePath, expected: fileStampSchema.nullable() }).nullable(),
      saveAs: z.boolean(),
      suggestedName: fileName,
    }),
    response: z.discriminatedUnion('status', [
      z.strictObject({ status: z.literal('saved'), file: fileRefSchema, stamp: fileStampSchema }),
      z.strictObject({ status: z.literal('conflict'), message: z.string() }),
      cancelled,
    ]),
  },
  /** Show an open dialog for an eksctl YAML file and read it. */
  'yaml.open': {
    request: empty,
    response: z.discriminatedUnion('status', [
      z.strictObject({ status: z.literal('opened'), file: fileRefSchema.extend({ text: text(MAX_TEXT_BYTES) }) }),
      cancelled,
    ]),
  },
  /** Save eksctl YAML through a save dialog. `saved: false` when cancelled. */
  'yaml.export': {
    request: z.strictObject({ text: text(MAX_TEXT_BYTES), suggestedName: fileName }),
    response: z.strictObject({ saved: z.boolean() }),
  },
  /** Save CSV text (the cost lines) through a save dialog. `saved: false` when cancelled. */
  'csv.export': {
    request: z.strictObject({ text: text(MAX_TEXT_BYTES), suggestedName: fileName }),
    response: z.strictObject({ saved: z.boolean() }),
  },
  /**
   * Write a deployment bundle (shared/deploy) into a folder. With `replace` null, a save dialog asks for the
   * folder (created when missing); a folder that is not empty is not written but answered `not-empty`, and
   * the renderer asks before sending the same files again with `replace` set to that path (accepted only for
   * a folder the dialog gave this window). Each file is written atomically.
   */
  'bundle.export': {
    request: z.strictObject({
      files: z.array(bundleFileSchema).min(1).max(MAX_BUNDLE_FILES),
      suggestedName: fileName,
      replace: z.strictObject({ path: filePath }).nullable(),
    }),
    response: z.discriminatedUnion('status', [
      z.strictObject({ status: z.literal('saved'), folder: fileRefSchema }),
      z.strictObject({ status: z.literal('not-empty'), folder: fileRefSchema }),
      cancelled,
    ]),
  },
  /** Save an image (PNG bytes or SVG text) through a save dialog. */
  'image.export': {
    request: z.strictObject({
      data: z.union([
        z.custom<Uint8Array>((d) => d instanceof Uint8Array && d.byteLength <= MAX_IMAGE_BYTES, 'PNG bytes (at most 64 MB)'),
        text(MAX_IMAGE_BYTES),
      ]),
      suggestedName: fileName,
      type: z.enum(['png', 'svg']),
    }),
    response: z.strictObject({ saved: z.boolean() }),
  },
  /** Write (text) or clear (null) this window's backup of unsaved work. */
  'backup.write': { request: z.strictObject({ text: text(MAX_TEXT_BYTES).nullable() }), response: z.null() },
  /** Take over the newest backup left by an earlier session (crash or kill); null when there is none. */
  'backup.read': { request: empty, response: z.strictObject({ text: text(MAX_TEXT_BYTES).nullable() }) },
  /** The recent files list, newest first. */
  'recent.list': { request: empty, response: z.array(fileRefSchema).max(50) },
  /** Read a file from the recent list (paths not on the list are refused). */
  'recent.open': { request: z.strictObject({ path: filePath }), response: z.strictObject({ file: openedDesignSchema }) },
  /** Title (usually the file name) and unsaved-changes flag for the window title and the close prompt. */
  'document.setState': {
    request: z.strictObject({ title: z.string().max(MAX_TITLE_CHARS), dirty: z.boolean() }),
    response: z.null(),
  },
  /** The renderer's language, so the native menu (and the main process's own dialogs) match it. */
  'app.setLanguage': { request: z.strictObject({ language: z.enum(UI_LANGUAGES) }), response: z.null() },
  /**
   * Files the OS asked to open (double click, command line, second instance) before the renderer was
   * listening. Calling it also marks the renderer as listening, so later ones arrive as `file.open` events.
   */
  'file.takePending': { request: empty, response: z.strictObject({ file: openedDesignSchema.nullable() }) },
  /** The renderer's answer to `window.closeRequested`: are there unsaved changes? */
  'window.answerDirty': { request: z.strictObject({ requestId, dirty: z.boolean() }), response: z.null() },
  /** The renderer's answer to `window.saveBeforeClose`: did the save succeed? */
  'window.answerSaved': { request: z.strictObject({ requestId, saved: z.boolean() }), response: z.null() },
} as const satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>;

/** Main -> renderer events (`webContents.send`); payloads are parsed before sending. */
export const eventContract = {
  /** A native menu item was chosen. */
  'menu.command': z.strictObject({ id: menuCommandIdSchema }),
  /** The OS asked to open a design file (double click, `open-file`, second instance, Open Recent menu). */
  'file.open': z.strictObject({ file: openedDesignSchema }),
  /** The window is closing; answer with `window.answerDirty`. */
  'window.closeRequested': z.strictObject({ requestId }),
  /** The user chose Save in the close prompt; save, then answer with `window.answerSaved`. */
  'window.saveBeforeClose': z.strictObject({ requestId }),
} as const satisfies Record<EventChannel, z.ZodType>;

// Compile-time check that the maps define no channel beyond the name lists (`satisfies` checks the rest).
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _sameInvoke: Exact<keyof typeof invokeContract, InvokeChannel> = true;
const _sameEvent: Exact<keyof typeof eventContract, EventChannel> = true;

export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['response']>;
export type EventPayload<C extends EventChannel> = z.infer<(typeof eventContract)[C]>;

/** Why a request failed; `code` lets the renderer react (e.g. `not-granted` -> Save As). */
export const ipcErrorSchema = z.strictObject({ code: z.string().max(40), message: z.string().max(2000) });
export type IpcError = z.infer<typeof ipcErrorSchema>;

/** The envelope every invoke channel answers with, so errors arrive as data with a clear message. */
export const ipcResultSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: ipcErrorSchema }),
  ]);
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** What the preload exposes as `window.eksSandbox`: one function per channel, nothing else. */
export interface EksSandboxApi {
  invoke: { [C in InvokeChannel]: (request: InvokeRequest<C>) => Promise<IpcResult<InvokeResponse<C>>> };
  on: { [C in EventChannel]: (listener: (payload: EventPayload<C>) => void) => () => void };
}

/**
 * The only place that talks to `ipcMain`. One wrapper registers every channel of the contract: it checks
 * the message comes from the main frame of one of our windows showing `app://bundle` (checklist item 17),
 * parses the payload with the channel's request schema, runs the handler, and parses the answer with the
 * response schema, so nothing unchecked crosses the boundary in either direction. Errors travel back as
 * data (`{ ok: false, error }`) with a message the user can read.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { z } from 'zod';
import {
  eventContract,
  INVOKE_CHANNELS,
  invokeContract,
  wireChannel,
  type EventChannel,
  type EventPayload,
  type InvokeChannel,
  type InvokeResponse,
  type IpcResult,
} from '../shared/ipc/contract.js';
import { isAppUrl } from './app-url.js';
import { FileServiceError } from '../node/errors.js';
import type { WindowSession } from './session.js';

/** The window a message came from and what the main process knows about it. */
export interface IpcContext {
  window: BrowserWindow;
  session: WindowSession;
}

export type ParsedRequest<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['request']>;
export type Handler<C extends InvokeChannel> = (
  request: ParsedRequest<C>,
  ctx: IpcContext,
) => Promise<InvokeResponse<C>> | InvokeResponse<C>;
export type Handlers = { [C in InvokeChannel]: Handler<C> };
/** Finds the window (and session) that sent a message; undefined for anything that is not ours. */
export type ContextLookup = (event: IpcMainInvokeEvent) => IpcContext | undefined;

type FrameLike = { url: string; parent: unknown } | null | undefined;

/** True only for the top frame of `window`, showing the app's own origin. */
export function isTrustedSender(event: { senderFrame: FrameLike; sender: unknown }, window: BrowserWindow): boolean {
  const frame = event.senderFrame;
  if (!frame || window.isDestroyed()) return false;
  if (event.sender !== window.webContents || frame !== window.webContents.mainFrame) return false;
  return frame.parent === null && isAppUrl(frame.url);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && [Object.prototype, null].includes(Object.getPrototypeOf(v) as object | null);

/**
 * True when `raw` has the shape of what the schema made of it: a plain object wherever the parsed value has
 * an object, an array for an array, bytes for bytes. zod's object schemas accept any non-array object with no
 * unexpected own keys (a Map, a Set, a Date, a boxed number, an empty typed array) and hand back a fresh
 * `{}`; such payloads are refused instead. The walk follows the parsed value, so the schema bounds it.
 */
export function hasParsedShape(raw: unknown, parsed: unknown): boolean {
  if (parsed instanceof Uint8Array) return raw instanceof Uint8Array;
  if (Array.isArray(parsed)) return Array.isArray(raw) && parsed.every((item, i) => hasParsedShape(raw[i], item));
  if (typeof parsed === 'object' && parsed !== null)
    return (
      isPlainObject(raw) &&
      Object.keys(parsed).every((k) => Object.hasOwn(raw, k) && hasParsedShape(raw[k], (parsed as Record<string, unknown>)[k]))
    );
  return typeof raw === typeof parsed && (raw === null) === (parsed === null);
}

const MAX_MESSAGE = 1900;
const clip = (text: string) => (text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text);

/** Runs one invoke message through sender check, request parsing, the handler and response parsing. */
export async function handleInvoke<C extends InvokeChannel>(
  channel: C,
  handler: Handler<C>,
  event: IpcMainInvokeEvent,
  raw: unknown,
  lookup: ContextLookup,
): Promise<IpcResult<InvokeResponse<C>>> {
  const ctx = lookup(event);
  if (!ctx || !isTrustedSender(event, ctx.window)) {
    // No answer an attacker could learn from: the promise in the page just rejects.
    throw new Error(`${channel}: refused a message from an unknown sender`);
  }
  const contract = invokeContract[channel];
  const request = contract.request.safeParse(raw);
  if (!request.success) {
    const where = request.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ');
    return { ok: false, error: { code: 'bad-request', message: clip(`${channel}: malformed request: ${where}`) } };
  }
  if (!hasParsedShape(raw, request.data)) {
    const what = 'only plain objects, arrays, strings, numbers, booleans, null and bytes may be sent';
    return { ok: false, error: { code: 'bad-request', message: `${channel}: malformed request: (payload): ${what}` } };
  }
  let value: unknown;
  try {
    value = await handler(request.data as ParsedRequest<C>, ctx);
  } catch (err) {
    if (err instanceof FileServiceError) return { ok: false, error: { code: err.code, message: clip(err.message) } };
    console.error(`[ipc] ${channel} failed:`, err);
    return {
      ok: false,
      error: { code: 'internal', message: clip(`${channel}: ${err instanceof Error ? err.message : String(err)}`) },
    };
  }
  const response = contract.response.safeParse(value);
  if (!response.success) {
    console.error(`[ipc] ${channel} produced an invalid response:`, response.error.issues);
    return { ok: false, error: { code: 'internal', message: `${channel}: the app produced an invalid answer` } };
  }
  return { ok: true, value: response.data as InvokeResponse<C> };
}

/** Registers every contract channel; returns a function that removes them again. */
export function registerIpc(handlers: Handlers, lookup: ContextLookup): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(wireChannel(channel), (event, raw: unknown) =>
      handleInvoke(channel, handlers[channel] as Handler<typeof channel>, event, raw, lookup),
    );
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(wireChannel(channel));
  };
}

/** Sends a contract event to a window's renderer after checking the payload against its schema. */
export function sendEvent<C extends EventChannel>(webContents: WebContents, channel: C, payload: EventPayload<C>): void {
  const parsed = eventContract[channel].parse(payload);
  if (webContents.isDestroyed()) return;
  webContents.send(wireChannel(channel), parsed);
}

/**
 * Where things are in the text of a JSON design file, in one linear pass with no recursion: the first
 * syntax error (V8's JSON.parse messages often carry no position, and quote the user's text raw), and the
 * offset of the value at a path. Re-parsing with the YAML library did the second job but took seconds on
 * a multi-megabyte file and recursed on deep nesting; a design file is JSON, so a JSON scanner is enough.
 */
import { errorText, type ErrorText } from '../errors/localized.js';
import type { PathSegment } from '../util/locate.js';

/** A syntax error: the character offset where it is, and why (a `json.*` text of the error table). */
export interface JsonSyntaxProblem {
  offset: number;
  reason: ErrorText;
}

const ENDS_EARLY = errorText('json.ends-early');
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** `'x'` for a printable character, `U+0000` for anything an error message should not print raw. */
function describeChar(text: string, at: number): ErrorText | string {
  const code = text.codePointAt(at)!;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfeff || (code >= 0xd800 && code <= 0xdfff)) {
    return errorText('json.char-code', { code: code.toString(16).toUpperCase().padStart(4, '0') });
  }
  return `'${String.fromCodePoint(code)}'`;
}

/** Stops the walk when it returns true. `segment` is the key or index of the value in its parent. */
type OnValue = (depth: number, segment: PathSegment | undefined, offset: number) => boolean;

class Stop {
  constructor(readonly problem?: JsonSyntaxProblem) {}
}

function walk(text: string, onValue?: OnValue): JsonSyntaxProblem | undefined {
  const n = text.length;
  let i = 0;
  const fail = (offset: number, reason: ErrorText): never => {
    throw new Stop({ offset, reason });
  };
  const skipSpace = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++i));
  };
  /** Reads the string starting at `i` (a quote); returns its raw text including the quotes. */
  const readString = (): string => {
    const start = i++;
    for (;;) {
      if (i >= n) fail(start, errorText('json.unclosed-string'));
      const c = text.charCodeAt(i);
      if (c === 34) return text.slice(start, ++i);
      if (c === 92) {
        const e = text[i + 1];
        if (e === undefined) fail(n, ENDS_EARLY);
        if (!ESCAPES.has(e!)) fail(i, errorText('json.bad-escape', { char: e! }));
        if (e === 'u' && !HEX4.test(text.slice(i + 2, i + 6))) {
          if (i + 6 > n && /^[0-9a-fA-F]*$/.test(text.slice(i + 2))) fail(n, ENDS_EARLY);
          fail(i, errorText('json.bad-unicode-escape'));
        }
        i += e === 'u' ? 6 : 2;
        continue;
      }
      if (c < 0x20) fail(i, errorText('json.control-in-string', { char: describeChar(text, i) }));
      i++;
    }
  };
  const readKey = (): string => {
    skipSpace();
    if (i >= n) fail(n, ENDS_EARLY);
    if (text[i] !== '"') fail(i, errorText('json.expected-key', { found: describeChar(text, i) }));
    const raw = readString();
    skipSpace();
    if (i >= n) fail(n, ENDS_EARLY);
    if (text[i] !== ':') fail(i, errorText('json.expected-colon', { name: raw, found: describeChar(text, i) }));
    i++;
    return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };

  const stack: { array: boolean; count: number }[] = [];
  let segment: PathSegment | undefined;
  try {
    for (;;) {
      // A value is expected here.
      skipSpace();
      if (i >= n) fail(n, n === 0 || text.trim() === '' ? errorText('json.empty') : ENDS_EARLY);
      if (onValue?.(stack.length, segment, i)) throw new Stop();
      const c = text[i]!;
      let opened = false;
      if (c === '{' || c === '[') {
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) i++;
        else {
          stack.push({ array: c === '[', count: 0 });
          segment = c === '[' ? 0 : readKey();
          opened = true;
        }
      } else if (c === '"') readString();
      else if (c === '-' || (c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) fail(n - i === 1 ? n : i, n - i === 1 ? ENDS_EARLY : errorText('json.bad-number'));
        i = NUMBER.lastIndex;
        // "1." or "2e" at the very end: a number cut off, not a wrong character.
        if (i < n && '.eE+-'.includes(text[i]!) && /^[.eE+-]*$/.test(text.slice(i))) fail(n, ENDS_EARLY);
      } else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else if (['true', 'false', 'null'].some((word) => word.startsWith(text.slice(i)))) fail(n, ENDS_EARLY);
      else if (c === ']' || c === '}') fail(i, errorText('json.value-missing', { found: describeChar(text, i) }));
      else fail(i, errorText('json.unexpected-start', { found: describeChar(text, i) }));
      if (opened) continue;
      // After a value: a separator, a closing bracket, or the end of the file.
      for (;;) {
        skipSpace();
        const top = stack.at(-1);
        if (!top) {
          if (i < n) fail(i, errorText('json.after-end', { found: describeChar(text, i) }));
          return undefined;
        }
        if (i >= n) fail(n, ENDS_EARLY);
        const s = text[i];
        if (s === ',') {
          i++;
          top.count++;
          segment = top.array ? top.count : readKey();
          break;
        }
        if (s === (top.array ? ']' : '}')) {
          i++;
          stack.pop();
          continue;
        }
        fail(i, errorText('json.expected-separator', { close: top.array ? ']' : '}', found: describeChar(text, i) }));
      }
    }
  } catch (err) {
    if (err instanceof Stop) return err.problem;
    throw err;
  }
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  return walk(text);
}

/**
 * Offset of the value at `path` in the JSON `text`, or of its deepest existing ancestor; undefined when
 * the text is not JSON. Keys and indexes compare exactly (a number segment only matches an array index).
 */
export function findJsonPathOffset(text: string, path: readonly PathSegment[]): number | undefined {
  const onPath: boolean[] = [];
  let best: number | undefined;
  let found = false;
  const problem = walk(text, (depth, segment, offset) => {
    const ok = depth === 0 || (onPath[depth - 1] === true && depth <= path.length && path[depth - 1] === segment);
    onPath[depth] = ok;
    if (!ok) return false;
    best = offset;
    found = depth === path.length;
    return found;
  });
  return problem && !found ? undefined : best;
}

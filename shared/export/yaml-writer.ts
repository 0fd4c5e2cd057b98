/**
 * A small, fast YAML writer for JSON-shaped values (objects, arrays, strings, numbers, booleans, null),
 * in block style with comments. The `yaml` package builds a full node tree first, which costs hundreds of
 * milliseconds for a config with hundreds of node groups; this writer is a single pass over the value.
 *
 * Strings are written plain only when every YAML 1.1 and 1.2 parser reads them back as the same string
 * (eksctl parses with sigs.k8s.io/yaml, YAML 1.1, where `yes`, `on`, `y`, `0777` and `1:30` are not
 * strings); text with double quotes is single-quoted when it can be, everything else double-quoted. Tests
 * parse the output with both YAML versions.
 */

export type YamlPath = readonly (string | number)[];

/** Comment text (one or more lines, without `#`) to write above the key or item at a path. */
export type CommentLookup = (path: YamlPath) => string | undefined;

/** Words YAML 1.1 reads as booleans or null, in any of their spellings (compared lowercased). */
const SPECIAL_WORDS = new Set(['y', 'yes', 'n', 'no', 'true', 'false', 'on', 'off', 'null', '~']);

/** Characters a conservative plain scalar may consist of; the first must be a letter, digit, `_` or `/`. */
const PLAIN = /^[A-Za-z0-9_/][A-Za-z0-9_./@+=:-]*$/;

/**
 * Whether `s` can be written without quotes. Strings starting with a digit could be numbers, octals,
 * sexagesimals or timestamps in YAML 1.1; of those only ones containing `/` (CIDRs, paths) are left plain.
 */
export function isPlainSafe(s: string): boolean {
  if (!PLAIN.test(s) || s.endsWith(':') || s.includes('::')) return false;
  if (SPECIAL_WORDS.has(s.toLowerCase())) return false;
  // The `yaml` package's YAML 1.1 float also matches an exponent without digits before it (`e0`, `E5`).
  if (/^[eE][-+]?[0-9]+$/.test(s)) return false;
  if (/^[0-9]/.test(s)) return s.includes('/');
  return true;
}

/**
 * Printable text on one line, not starting or ending with a space (a single-quoted scalar folds line breaks,
 * and NEL, LS, PS and BOM are breaks or invisible in YAML 1.1).
 */
// eslint-disable-next-line no-control-regex -- keeping control characters out is the point
const SINGLE_QUOTABLE = /^(?! )[^\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]*(?<! )$/;

/** A scalar as YAML text. Double-quoted strings use JSON escapes, which YAML's double-quoted style shares. */
export function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    return String(value);
  }
  const s = String(value);
  if (isPlainSafe(s)) return s;
  // Text with double quotes and nothing a line could break or hide (JSON in an annotation or an add-on's
  // configurationValues) reads best single-quoted, where only ' is doubled and nothing else is escaped.
  if (s.includes('"') && SINGLE_QUOTABLE.test(s)) return `'${s.replace(/'/g, "''")}'`;
  // NEL, LS, PS and BOM are line breaks or invisible in YAML 1.1; JSON.stringify leaves them raw.
  return JSON.stringify(s).replace(/[\u0085\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmptyCollection(value: unknown): boolean {
  return (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return '[]';
  if (isObject(value)) return '{}';
  return scalar(value);
}

class Writer {
  readonly lines: string[] = [];
  constructor(private readonly comment: CommentLookup) {}

  private commentAt(path: YamlPath, indent: string): void {
    const text = this.comment(path);
    if (text === undefined) return;
    for (const line of text.split('\n')) this.lines.push(`${indent}#${line}`);
  }

  /** Writes the entries of a map; `first` is the prefix of the first line (`- ` for a map inside a list). */
  map(value: Record<string, unknown>, path: (string | number)[], indent: string, first = indent): void {
    let prefix = first;
    for (const key of Object.keys(value)) {
      const child = value[key];
      path.push(key);
      this.commentAt(path, indent);
      const head = `${prefix}${scalar(key)}:`;
      if (isEmptyCollection(child) || (!Array.isArray(child) && !isObject(child))) this.lines.push(`${head} ${inline(child)}`);
      else {
        this.lines.push(head);
        this.block(child, path, `${indent}  `);
      }
      path.pop();
      prefix = indent;
    }
  }

  /** Writes the items of a list, each introduced by `- `. */
  list(value: unknown[], path: (string | number)[], indent: string): void {
    value.forEach((item, i) => {
      path.push(i);
      this.commentAt(path, indent);
      if (isEmptyCollection(item) || (!Array.isArray(item) && !isObject(item))) this.lines.push(`${indent}- ${inline(item)}`);
      else if (isObject(item)) this.map(item, path, `${indent}  `, `${indent}- `);
      else {
        // A list inside a list: its items go on their own lines under the dash.
        this.lines.push(`${indent}-`);
        this.list(item as unknown[], path, `${indent}  `);
      }
      path.pop();
    });
  }

  block(value: unknown, path: (string | number)[], indent: string): void {
    if (Array.isArray(value)) this.list(value, path, indent);
    else if (isObject(value)) this.map(value, path, indent);
    else this.lines.push(`${indent}${scalar(value)}`);
  }
}

/**
 * `value` as a YAML document (block style, lists indented under their key, two spaces per level), with
 * `header` lines as a comment block and a blank line before the content. Output ends with a newline.
 */
export function writeYaml(value: unknown, opts: { header?: readonly string[]; comment?: CommentLookup } = {}): string {
  const writer = new Writer(opts.comment ?? (() => undefined));
  if (opts.header && opts.header.length > 0) {
    for (const line of opts.header) writer.lines.push(line === '' ? '#' : `# ${line}`);
    writer.lines.push('');
  }
  if (isEmptyCollection(value) || (!Array.isArray(value) && !isObject(value))) writer.lines.push(inline(value));
  else writer.block(value, [], '');
  return `${writer.lines.join('\n')}\n`;
}

/**
 * Turn a path inside a parsed JSON/YAML value into a readable location and, when the source text is at
 * hand, a line and column. JSON is a subset of YAML 1.2, so one YAML parse serves both kinds of file.
 */
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';

export type PathSegment = string | number;

/** `design.parts[3].props.cidr` */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out === '' ? '(top level)' : out;
}

/**
 * Where the field at `path` starts: the key of a map entry (`nat:`, even when its value is a block on the
 * lines below), the item of a list, the document for the empty path. Undefined when the path is not there.
 */
function fieldStart(doc: Document, path: readonly PathSegment[]): number | undefined {
  const last = path.at(-1);
  if (last !== undefined && typeof last === 'string') {
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === last);
      if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
    }
  }
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  return isNode(node) && node.range ? node.range[0] : undefined;
}

/**
 * Line and column (1-based) of the field at `path` in `text` (its key's line, where a code-scanning tool should
 * point), or of its closest existing ancestor.
 */
export function locateInText(text: string, path: readonly PathSegment[]): { line: number; column: number } | undefined {
  try {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
    for (let depth = path.length; depth >= 0; depth--) {
      const offset = fieldStart(doc, path.slice(0, depth));
      if (offset !== undefined) {
        const pos = lineCounter.linePos(offset);
        return { line: pos.line, column: pos.col };
      }
    }
  } catch {
    // Location is a courtesy; a text that cannot be re-parsed simply gets no line number.
  }
  return undefined;
}

/** Line and column (1-based) of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastNewline = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastNewline = i;
    }
  }
  return { line, column: offset - lastNewline };
}

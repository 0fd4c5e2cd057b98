/**
 * Turn a path inside a parsed JSON/YAML value into a readable location and, when the source text is at
 * hand, a line and column. JSON is a subset of YAML 1.2, so one YAML parse serves both kinds of file.
 */
import { LineCounter, parseDocument, isNode } from 'yaml';

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

/** Line and column (1-based) of the value at `path` in `text`, or of its closest existing ancestor. */
export function locateInText(text: string, path: readonly PathSegment[]): { line: number; column: number } | undefined {
  try {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0]);
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

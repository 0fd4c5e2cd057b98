/**
 * Untrusted text -> plain JSON-shaped value, the way eksctl reads it (sigs.k8s.io/yaml: YAML 1.1 booleans
 * such as `yes`/`on`, the first document only, no duplicate keys), refusing anything hostile with an
 * EksctlImportError instead of crashing or hanging: oversized or binary text, alias bombs, absurd nesting,
 * keys that could reach Object.prototype.
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { findUnsafeValue } from '../util/safe-value.js';
import { formatPath, type PathSegment } from '../util/locate.js';
import { errorText } from '../errors/localized.js';
import { EksctlImportError } from './errors.js';
import { yamlProblemJa } from './yaml-problem-ja.js';

/** A ClusterConfig is a few kilobytes; even hundreds of node groups stay far below this. */
export const MAX_EKSCTL_YAML_CHARS = 4 * 1024 * 1024;
/** Aliases a real config uses (anchors for repeated node group settings) stay far below this. */
const MAX_ALIASES = 200;
const MAX_DEPTH = 64;

/** A parsed file: the value and a way to find the line of any path in it. */
export interface ParsedYaml {
  value: unknown;
  /** 1-based line of the node at `path` (the key, for a map entry), or of the key of its closest existing ancestor. */
  lineOf(path: readonly PathSegment[]): number | undefined;
  /** The source text of the scalar at `path`, e.g. `1.30` for a version YAML read as the number 1.3. */
  sourceOf(path: readonly PathSegment[]): string | undefined;
  /** 1-based line where a second document starts, when the file has one: eksctl reads the first only, so does this. */
  laterDocumentLine?: number;
}

// YAML 1.1 tags eksctl's parser does not apply to plain values (its JSON conversion keeps them strings),
// and that would turn text into Date objects or sets here.
const DROPPED_TAGS = new Set([
  'tag:yaml.org,2002:timestamp',
  'tag:yaml.org,2002:binary',
  'tag:yaml.org,2002:set',
  'tag:yaml.org,2002:omap',
  'tag:yaml.org,2002:pairs',
]);

const DROPPED_TAG_NAMES = new Set(['timestamp', 'binary', 'set', 'omap', 'pairs', 'intTime', 'floatTime']);

function checkText(text: string): void {
  if (text.length > MAX_EKSCTL_YAML_CHARS)
    throw new EksctlImportError(errorText('import-reason.too-large', { mb: MAX_EKSCTL_YAML_CHARS / 1024 / 1024 }));
  // NUL and most C0 controls never occur in YAML text; their presence means a binary file.
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  const control = /[\u0000-\u0008\u000e-\u001f\ufffe\uffff]/.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    throw new EksctlImportError(errorText('import-reason.binary'), { line });
  }
  if (text.trim() === '' || /^(\s*#[^\n]*\n?)*\s*$/.test(text))
    throw new EksctlImportError(errorText('import-reason.empty', { apiVersion: 'eksctl.io/v1alpha5' }));
}

function nodeAt(doc: Document, path: readonly PathSegment[], keyNode: boolean): Node | undefined {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (!pair) return undefined;
      node = last && keyNode && isNode(pair.key) ? pair.key : pair.value;
    } else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  return isNode(node) ? node : undefined;
}

/**
 * Parses `text` as one YAML document, as eksctl would, into a plain value.
 * @throws EksctlImportError with the line of the problem
 */
export function parseEksctlYamlText(text: string): ParsedYaml {
  if (typeof text !== 'string') throw new EksctlImportError(errorText('import-reason.not-text'));
  checkText(text);
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, {
      version: '1.1',
      lineCounter,
      uniqueKeys: true,
      prettyErrors: false,
      customTags: (tags) =>
        tags.filter((t) => (typeof t === 'string' ? !DROPPED_TAG_NAMES.has(t) : !DROPPED_TAGS.has(t.tag) && t.format !== 'TIME')),
    });
  } catch (err) {
    // Deep nesting can exhaust the parser's stack; that is hostile input, not a bug.
    const detail = err instanceof Error ? err.message : String(err);
    throw new EksctlImportError(errorText('import-reason.unreadable', { detail }));
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  // eksctl's YAML reader (go-yaml's Unmarshal) decodes the first document and ignores the rest; the parser
  // reports a second one as MULTIPLE_DOCS after the first document's own errors, and stops there.
  const laterDocument = doc.errors.find((e) => e.code === 'MULTIPLE_DOCS');
  const first = doc.errors.find((e) => e.code !== 'MULTIPLE_DOCS');
  if (first) {
    const line = lineAt(first.pos[0]);
    const reason = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (/call stack/i.test(reason)) throw new EksctlImportError(errorText('import-reason.yaml-too-deep'), { line });
    const detailJa = yamlProblemJa(first.code) ?? reason;
    throw new EksctlImportError(errorText('import-reason.yaml-syntax', { detail: reason, detailJa }), { line });
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/alias/i.test(message)) throw new EksctlImportError(errorText('import-reason.too-many-aliases', { max: MAX_ALIASES }));
    throw new EksctlImportError(errorText('import-reason.not-data', { detail: message }));
  }

  const lineOf = (path: readonly PathSegment[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeAt(doc, path.slice(0, depth), true);
      if (node?.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  const problem = findUnsafeValue(value, { maxDepth: MAX_DEPTH, maxNodes: 500_000 });
  if (problem) {
    const where = { line: lineOf(problem.path), path: formatPath(problem.path) };
    if (problem.reason === 'forbidden-key') {
      const key = String(problem.path[problem.path.length - 1]);
      throw new EksctlImportError(errorText('import-reason.forbidden-key', { key }), where);
    }
    throw new EksctlImportError(
      problem.reason === 'too-deep'
        ? errorText('import-reason.too-deep', { max: MAX_DEPTH })
        : errorText('import-reason.too-many-values'),
      where,
    );
  }
  const sourceOf = (path: readonly PathSegment[]): string | undefined => {
    const node = nodeAt(doc, path, false);
    return isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]).trim() : undefined;
  };
  const laterDocumentLine = laterDocument ? lineAt(laterDocument.pos[0]) : undefined;
  return { value, lineOf, sourceOf, ...(laterDocumentLine !== undefined ? { laterDocumentLine } : {}) };
}

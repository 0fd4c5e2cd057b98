/**
 * Loading and saving design documents: size check, JSON parse, header check, migrations, schema parse,
 * structural consistency. Every failure is a DesignFileError whose message says where and why.
 */
import type { z } from 'zod';
import { errorText, type ErrorText } from '../errors/localized.js';
import { formatPath, lineColumnAt, type PathSegment } from '../util/locate.js';
import { findUnsafeValue } from '../util/safe-value.js';
import {
  CURRENT_SCHEMA_VERSION,
  DESIGN_FORMAT,
  designDocumentSchema,
  type Design,
  type DesignDocument,
  type DesignInput,
} from './design.js';
import { DesignFileError } from './errors.js';
import { zodIssueText } from './zod-issue-text.js';
import { valueAtPath } from '../util/value-at-path.js';
import { findJsonPathOffset, findJsonSyntaxProblem } from './json-locate.js';
import { migrateToCurrent } from './migrations.js';
import { checkStructure } from './integrity.js';
import { writtenSchemaVersion } from './written-version.js';

/** Design files larger than this are refused before parsing. */
export const MAX_DESIGN_FILE_BYTES = 20 * 1024 * 1024;

/** Parses the text of a design file. @throws DesignFileError */
export function parseDesignText(text: string): DesignDocument {
  if (text.length > MAX_DESIGN_FILE_BYTES) {
    throw new DesignFileError('too-large', errorText('design-reason.too-large', { mb: MAX_DESIGN_FILE_BYTES / 1024 / 1024 }));
  }
  // Positions are reported in the text without the byte order mark, as editors show it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    throw notJsonError(body, err);
  }
  return parseDesignValue(value, body);
}

/** Parses an already-decoded design document. `sourceText` only improves error locations. @throws DesignFileError */
export function parseDesignValue(value: unknown, sourceText?: string): DesignDocument {
  const unsafe = findUnsafeValue(value);
  if (unsafe) {
    const what =
      unsafe.reason === 'forbidden-key'
        ? errorText('design-reason.forbidden-key', { key: String(unsafe.path.at(-1)) })
        : errorText(unsafe.reason === 'too-deep' ? 'design-reason.too-deep' : 'design-reason.too-many-values');
    throw located('not-a-design', what, unsafe.path, sourceText);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new DesignFileError('not-a-design', errorText('design-reason.not-object'));
  }
  const raw = value as Record<string, unknown>;
  if (raw.format !== DESIGN_FORMAT) {
    throw located('not-a-design', errorText('design-reason.format', { format: DESIGN_FORMAT }), ['format'], sourceText);
  }
  if (typeof raw.schemaVersion !== 'number' || !Number.isInteger(raw.schemaVersion) || raw.schemaVersion < 1) {
    throw located('not-a-design', errorText('design-reason.schema-version'), ['schemaVersion'], sourceText);
  }
  const migrated = migrateToCurrent(raw as Record<string, unknown> & { schemaVersion: number });
  const parsed = designDocumentSchema.safeParse(migrated);
  if (!parsed.success) throw fromZodError(parsed.error, sourceText, migrated);
  const problems = checkStructure(parsed.data.design);
  if (problems.length > 0) {
    const first = problems[0]!;
    const more = problems.length > 1 ? errorText('more.plain', { count: problems.length - 1 }) : undefined;
    throw located('inconsistent', first.reason, ['design', ...first.path], sourceText, more);
  }
  return zeroNegativeZeros(parsed.data);
}

/**
 * Turns every -0 into 0, in place. JSON.stringify writes -0 as 0, so a design holding -0 (a hand-edited
 * `"y": -0`) would differ from the copy saving it writes. Recursion is safe: findUnsafeValue capped the depth.
 */
function zeroNegativeZeros<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  const container = value as Record<string, unknown>;
  for (const key of Object.keys(container)) {
    const child = container[key];
    if (Object.is(child, -0)) container[key] = 0;
    else zeroNegativeZeros(child);
  }
  return value;
}

/** Wraps a design into a current-version document, applying defaults. @throws DesignFileError */
export function toDocument(design: Design | DesignInput): DesignDocument {
  return parseDesignValue({ format: DESIGN_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, design });
}

/**
 * The bytes written to disk: two-space indent, final newline, and the lowest schema version that holds the design
 * (written-version.ts). The key order is the document's: the schema's for one from toDocument or parseDesignValue,
 * which is how the app and the command line make it (an edited design's parts may hold their keys in another order).
 */
export function serializeDesign(doc: DesignDocument): string {
  return `${JSON.stringify({ ...doc, schemaVersion: writtenSchemaVersion(doc.design) }, null, 2)}\n`;
}

function notJsonError(text: string, err: unknown): DesignFileError {
  if (text.trim() === '') return new DesignFileError('not-json', errorText('design-reason.empty'));
  const problem = findJsonSyntaxProblem(text);
  if (problem) {
    const { line, column } = lineColumnAt(text, problem.offset);
    return new DesignFileError('not-json', errorText('design-reason.json-syntax', { line, column, problem: problem.reason }), {
      line,
      column,
    });
  }
  // The scanner and JSON.parse disagree (should not happen): fall back to the engine's words, without
  // echoing the user's text (it may hold control characters).
  const detail =
    err instanceof Error ? err.message.replace(/, ".*$/s, '').replace(/ in JSON at position \d+.*$/s, '') : String(err);
  return new DesignFileError('not-json', errorText('design-reason.json-engine', { detail }));
}

function located(
  code: DesignFileError['code'],
  what: ErrorText,
  path: readonly PathSegment[],
  sourceText?: string,
  more?: ErrorText,
): DesignFileError {
  const offset = sourceText === undefined ? undefined : findJsonPathOffset(sourceText, path);
  const where = offset === undefined ? undefined : lineColumnAt(sourceText!, offset);
  return new DesignFileError(code, printable(what), { path: formatPath(path), ...where }, more);
}

/** Names from the file can hold control characters; a message shows them as escapes, never raw. */
function printable(text: ErrorText): ErrorText {
  const params: Record<string, ErrorText | string | number> = {};
  for (const [k, v] of Object.entries(text.params))
    params[k] =
      typeof v === 'string'
        ? // eslint-disable-next-line no-control-regex
          v.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        : typeof v === 'number'
          ? v
          : printable(v);
  return errorText(text.id, params);
}

function fromZodError(error: z.ZodError, sourceText: string | undefined, doc: Record<string, unknown>): DesignFileError {
  const issue = error.issues[0]!;
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const more = error.issues.length > 1 ? errorText('more.problems', { count: error.issues.length - 1 }) : undefined;
  return located('invalid', inPart(zodIssueText(issue, valueAtPath(doc, path)), doc, path), path, sourceText, more);
}

/** The reason followed by ` (part "ng-1")` when the path goes through a part, so users can find it on the canvas. */
function inPart(reason: ErrorText, doc: Record<string, unknown>, path: readonly PathSegment[]): ErrorText {
  if (path[0] !== 'design' || path[1] !== 'parts' || typeof path[2] !== 'number') return reason;
  const parts = (doc.design as { parts?: unknown[] } | undefined)?.parts;
  const part = parts?.[path[2]] as { id?: unknown } | undefined;
  return typeof part?.id === 'string' ? errorText('design-reason.in-part', { reason, id: part.id }) : reason;
}

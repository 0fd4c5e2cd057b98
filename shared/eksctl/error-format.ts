/**
 * Turns Ajv errors into what a person reads: a path like `managedNodeGroups[0].instanceTypes` and a
 * message in eksctl's words (`unknown field "zone"`, `must be string`), without the noise Ajv reports for
 * the branches of an `anyOf` that were never meant to match.
 */
import type { ErrorObject } from 'ajv';
import { errorText, renderErrorText, type ErrorText } from '../errors/localized.js';
import { typeNames } from '../errors/type-names.js';

export interface SchemaIssue {
  /** Where, e.g. `metadata.region` or `vpc.subnets.private.us-east-1a.cidr`; empty for the document root. */
  path: string;
  /** The reason in English (eksctl's words). */
  message: string;
  /** The same reason as a `schema.*` text of the error table, for either language. */
  reason: ErrorText;
}

/** An issue: its reason as a coded text, and that text in English for logs and the command line. */
function issue(path: string, reason: ErrorText): SchemaIssue {
  return { path, message: renderErrorText(reason, 'en'), reason };
}

const quoted = (values: readonly unknown[], separator: string): string => values.map((v) => JSON.stringify(v)).join(separator);

/**
 * The allowed values, listed the way each language lists them. "" is left out: where the patched schema
 * allows it (schema-patches.ts #5) it means "not set", which is no value to suggest.
 */
function valuesParams(values: readonly unknown[]): { values: string; valuesJa: string } {
  const named = values.filter((v) => v !== '');
  return { values: quoted(named, ', '), valuesJa: quoted(named, '、') };
}

const COMPARISON_JA: Readonly<Record<string, string>> = { '>=': '以上', '<=': '以下', '>': 'より大きい値', '<': 'より小さい値' };

/** Converts a JSON pointer (`/managedNodeGroups/0/name`) into a readable path (`managedNodeGroups[0].name`). */
export function pointerToPath(pointer: string): string {
  if (pointer === '') return '';
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, segment) => joinPath(path, segment), '');
}

/** Appends one key to a readable path: indices in brackets, plain keys after a dot, odd keys quoted. */
export function joinPath(path: string, segment: string): string {
  if (/^\d+$/.test(segment)) return `${path}[${segment}]`;
  // Field names, AZ names (us-east-1a) and subnet aliases read fine after a dot.
  if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) return path === '' ? segment : `${path}.${segment}`;
  return `${path}[${JSON.stringify(segment)}]`;
}

/** Schema keyword under which patched enums keep their values (see schema-patches.ts). */
export const CASE_INSENSITIVE_ENUM = 'x-case-insensitive-enum';

function describe(error: ErrorObject): SchemaIssue {
  const at = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(params['additionalProperty']);
      return issue(joinPath(at, field), errorText('schema.unknown-field', { field }));
    }
    case 'required': {
      const field = String(params['missingProperty']);
      return issue(joinPath(at, field), errorText('schema.required', { field }));
    }
    case 'enum':
      return issue(at, errorText('schema.enum', valuesParams(params['allowedValues'] as unknown[])));
    case 'type': {
      const types = String(params['type']).split(',');
      return issue(at, errorText('schema.type', { type: typeNames(types, 'en'), typeJa: typeNames(types, 'ja') }));
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const comparison = String(params['comparison']);
      const limit = Number(params['limit']);
      return issue(at, errorText('schema.minimum', { comparison, comparisonJa: COMPARISON_JA[comparison] ?? comparison, limit }));
    }
    case 'pattern': {
      // An enum eksctl reads case-insensitively (schema-patches.ts #4): name the values, not the pattern.
      const values = (error.parentSchema as { [CASE_INSENSITIVE_ENUM]?: unknown } | undefined)?.[CASE_INSENSITIVE_ENUM];
      if (Array.isArray(values)) return issue(at, errorText('schema.enum-any-case', valuesParams(values)));
      return issue(at, errorText('schema.pattern', { pattern: String(params['pattern']) }));
    }
    default:
      return issue(at, errorText('schema.message', { message: error.message ?? `fails the schema rule "${error.keyword}"` }));
  }
}

/**
 * Readable issues from Ajv's error list (produced with `allErrors` and `verbose`, so each error carries its
 * schema and data). For an `anyOf`/`oneOf` that failed, the one branch whose `type` fits the value explains
 * the problem better than "must match a schema in anyOf", so its errors are kept and the other branches'
 * dropped; if no single branch fits, one line says which forms are allowed.
 */
export function formatAjvErrors(errors: readonly ErrorObject[]): SchemaIssue[] {
  const dropped = new Set<ErrorObject>();
  for (const combinator of errors) {
    if (combinator.keyword !== 'anyOf' && combinator.keyword !== 'oneOf') continue;
    const branches = Array.isArray(combinator.schema) ? (combinator.schema as { type?: unknown }[]) : [];
    const fitting = branches.flatMap((branch, i) => (typeFits(combinator.data, branch.type) ? [i] : []));
    const keep = fitting.length === 1 ? `${combinator.schemaPath}/${fitting[0]}/` : undefined;
    if (keep !== undefined) dropped.add(combinator);
    // A branch's own errors: same schema path prefix (paths are relative to the enclosing definition in
    // precompiled code) and at or below the combinator's place in the document.
    const at = combinator.instancePath;
    for (const e of errors) {
      const inBranch =
        e.schemaPath.startsWith(`${combinator.schemaPath}/`) && (e.instancePath === at || e.instancePath.startsWith(`${at}/`));
      if (inBranch && (keep === undefined || !e.schemaPath.startsWith(keep))) dropped.add(e);
    }
  }
  const seen = new Set<string>();
  const out: SchemaIssue[] = [];
  for (const error of errors) {
    if (dropped.has(error)) continue;
    const issue = error.keyword === 'anyOf' || error.keyword === 'oneOf' ? noBranchMatched(error) : describe(error);
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}

function typeFits(data: unknown, type: unknown): boolean {
  if (type === undefined) return true;
  if (Array.isArray(type)) return type.some((t) => typeFits(data, t));
  switch (type) {
    case 'array':
      return Array.isArray(data);
    case 'object':
      return typeof data === 'object' && data !== null && !Array.isArray(data);
    case 'integer':
      return Number.isInteger(data);
    case 'null':
      return data === null;
    default:
      return typeof data === type;
  }
}

function noBranchMatched(error: ErrorObject): SchemaIssue {
  const path = pointerToPath(error.instancePath);
  if (/\/taints$/.test(error.instancePath) || /taintsWrapper/.test(error.schemaPath))
    return issue(path, errorText('schema.taints'));
  return issue(path, errorText('schema.no-branch'));
}

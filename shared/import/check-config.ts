/**
 * Checks a parsed value against eksctl's schema before any mapping, and turns the first problem into an
 * EksctlImportError naming the field and its line, with hints for the two usual mistakes: a misspelled
 * field ("did you mean ...?") and an unquoted version that YAML reads as a number (`version: 1.30`).
 */
import { validateEksctlConfig, type SchemaIssue } from '../eksctl/schema-validator.js';
import { levenshtein } from '../util/levenshtein.js';
import { EKSCTL_API_VERSION, EKSCTL_KIND, EKSCTL_SCHEMA, resolveSchemaRef as resolve } from '../eksctl/schema.js';
import { formatPath, type PathSegment } from '../util/locate.js';
import type { ClusterConfig } from '../eksctl/config-types.js';
import { errorText, type ErrorText } from '../errors/localized.js';
import { typeNames } from '../errors/type-names.js';
import { EksctlImportError } from './errors.js';
import { fillZeroEntries, firstNilEntry, NODE_GROUP_LISTS } from './empty-list-entries.js';
import type { ParsedYaml } from './parse-yaml.js';

/** Splits a readable path (`vpc.subnets.private["a b"].cidr`, `nodeGroups[0].name`) into its segments. */
export function splitPath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  const token = /\.?([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  let m: RegExpExecArray | null;
  while ((m = token.exec(path)) !== null) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3]!) as string);
    if (token.lastIndex >= path.length) break;
  }
  return out;
}

/** Field names the schema allows in the object at `path`, or none when the path leads nowhere known. */
export function fieldsAt(path: readonly PathSegment[]): string[] {
  let node = resolve(EKSCTL_SCHEMA);
  for (const seg of path) {
    if (!node) return [];
    if (typeof seg === 'number') node = resolve(node.items);
    else if (node.properties && Object.hasOwn(node.properties, seg)) node = resolve(node.properties[seg]);
    else if (typeof node.additionalProperties === 'object') node = resolve(node.additionalProperties);
    else return [];
  }
  return node?.properties ? Object.keys(node.properties) : [];
}

/** The closest allowed field names to `field` (case-insensitive distance at most 2). */
export function suggestFields(field: string, allowed: readonly string[]): string[] {
  const scored = allowed
    .map((name) => ({ name, d: levenshtein(field.toLowerCase(), name.toLowerCase()) }))
    .filter((s) => s.d <= 2)
    .sort((a, b) => a.d - b.d);
  return scored.filter((s) => s.d === scored[0]?.d).map((s) => s.name);
}

function rank(issue: SchemaIssue): number {
  if (issue.reason.id === 'schema.unknown-field') return 0;
  return issue.reason.id === 'schema.required' ? 2 : 1;
}

interface Explained {
  reason: ErrorText;
  where: { line: number | undefined; path: string };
}

function explain(issue: SchemaIssue, parsed: ParsedYaml): Explained {
  const segments = splitPath(issue.path);
  const where = { line: parsed.lineOf(segments), path: issue.path };
  const { reason } = issue;
  if (reason.id === 'schema.unknown-field') {
    const hints = suggestFields(String(reason.params['field']), fieldsAt(segments.slice(0, -1)));
    if (hints.length === 0) return { reason, where };
    const hintsEn = hints.map((h) => `"${h}"`).join(' or ');
    const hintsJa = hints.map((h) => `「${h}」`).join('、');
    return { reason: errorText('schema.did-you-mean', { reason, hints: hintsEn, hintsJa }), where };
  }
  if (reason.id === 'schema.type' && reason.params['type'] === 'string') {
    const source = parsed.sourceOf(segments);
    if (source !== undefined && /^[0-9.+-]/.test(source))
      return { reason: errorText('schema.number-as-string', { source, quoted: `"${source}"` }), where };
  }
  return { reason, where };
}

/**
 * The parsed value as a ClusterConfig, or an EksctlImportError for what eksctl would refuse to load.
 * Cross-field checks are left to the rules, which run on the imported design.
 */
export function checkClusterConfig(parsed: ParsedYaml): ClusterConfig {
  const { value } = parsed;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new EksctlImportError(
      errorText('import-reason.not-a-mapping', { apiVersion: EKSCTL_API_VERSION, ...foundParams(value) }),
      {
        line: parsed.lineOf([]),
      },
    );
  const record = value as Record<string, unknown>;
  if (record['kind'] !== EKSCTL_KIND || record['apiVersion'] !== EKSCTL_API_VERSION) {
    const key = record['apiVersion'] !== EKSCTL_API_VERSION ? 'apiVersion' : 'kind';
    const apiVersion = record['apiVersion'];
    if (record['kind'] === EKSCTL_KIND && typeof apiVersion === 'string' && apiVersion.startsWith('eksctl.io/'))
      throw new EksctlImportError(errorText('import-reason.other-api-version', { apiVersion, expected: EKSCTL_API_VERSION }), {
        line: parsed.lineOf(['apiVersion']),
        path: 'apiVersion',
      });
    const found = errorText('import-reason.not-cluster-config', {
      apiVersion: JSON.stringify(record['apiVersion'] ?? null),
      kind: JSON.stringify(record['kind'] ?? null),
      expectedApiVersion: EKSCTL_API_VERSION,
      expectedKind: EKSCTL_KIND,
    });
    throw new EksctlImportError(found, { line: parsed.lineOf([key]), path: key });
  }
  // eksctl's loader refuses an empty list entry before validating anything (cmdutils validateUnsetNodeGroups).
  for (const list of NODE_GROUP_LISTS) {
    const entries = record[list];
    const empty = Array.isArray(entries) ? entries.findIndex((e) => e === null || e === undefined) : -1;
    if (empty >= 0)
      throw new EksctlImportError(errorText('import-reason.node-group-not-set', { path: `${list}[${empty}]` }), {
        line: parsed.lineOf([list, empty]) ?? parsed.lineOf([list]),
        path: `${list}[${empty}]`,
      });
  }
  const nil = firstNilEntry(record);
  if (nil) {
    const path = formatPath(nil);
    throw new EksctlImportError(errorText('import-reason.list-entry-nil', { path }), { line: parsed.lineOf(nil), path });
  }
  const config = fillZeroEntries(withoutNullFields(record));
  const result = validateEksctlConfig(config);
  if (!result.valid) {
    // A misspelled field also makes the field it replaced "missing"; the misspelling is the one to fix.
    const issues = [...result.errors].sort((a, b) => rank(a) - rank(b));
    const first = explain(issues[0]!, parsed);
    const more = result.errors.length - 1;
    const tail = more === 0 ? '' : more === 1 ? errorText('more.problem') : errorText('more.problems', { count: more });
    throw new EksctlImportError(first.reason, first.where, tail);
  }
  return config as unknown as ClusterConfig;
}

/**
 * The value with every field that is null left out. eksctl decodes through encoding/json, where null leaves a
 * field at its zero value ("labels: null", "iam: ~" or "taints:" with nothing after it), exactly as if it were
 * absent; only a null node group entry is an error, checked above. List entries are kept as they are.
 */
export function withoutNullFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNullFields);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== null) out[key] = withoutNullFields(field);
  return out;
}

/** What was found instead of a mapping: "a list", "nothing", "a string", in each language. */
function foundParams(value: unknown): { found: string; foundJa: string } {
  if (Array.isArray(value)) return { found: 'a list', foundJa: 'リスト' };
  if (value === null) return { found: 'nothing', foundJa: '空の値' };
  return { found: `a ${typeof value}`, foundJa: typeNames([typeof value], 'ja') };
}

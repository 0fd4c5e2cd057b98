/**
 * Checks a parsed value against eksctl's schema before any mapping, and turns the first problem into an
 * EksctlImportError naming the field and its line, with hints for the two usual mistakes: a misspelled
 * field ("did you mean ...?") and an unquoted version that YAML reads as a number (`version: 1.30`).
 */
import { validateEksctlConfig, type SchemaIssue } from '../eksctl/schema-validator.js';
import { levenshtein } from '../util/levenshtein.js';
import { EKSCTL_API_VERSION, EKSCTL_KIND, EKSCTL_SCHEMA, type SchemaNode } from '../eksctl/schema.js';
import type { PathSegment } from '../util/locate.js';
import type { ClusterConfig } from '../eksctl/config-types.js';
import { EksctlImportError } from './errors.js';
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

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  let cursor = node;
  for (let guard = 0; cursor?.$ref !== undefined && guard < 8; guard++)
    cursor = EKSCTL_SCHEMA.definitions[cursor.$ref.slice('#/definitions/'.length)];
  return cursor;
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
  if (issue.message.startsWith('unknown field')) return 0;
  return issue.message.startsWith('missing required') ? 2 : 1;
}

interface Explained {
  message: string;
  where: { line: number | undefined; path: string };
}

function explain(issue: SchemaIssue, parsed: ParsedYaml): Explained {
  const segments = splitPath(issue.path);
  const where = { line: parsed.lineOf(segments), path: issue.path };
  const unknown = /^unknown field "(.*)"$/.exec(issue.message);
  if (unknown) {
    const hints = suggestFields(unknown[1]!, fieldsAt(segments.slice(0, -1)));
    const hint = hints.length > 0 ? `; did you mean ${hints.map((h) => `"${h}"`).join(' or ')}?` : '';
    return { message: `${issue.message}${hint}`, where };
  }
  if (issue.message === 'must be string') {
    const source = parsed.sourceOf(segments);
    if (source !== undefined && /^[0-9.+-]/.test(source))
      return { message: `must be a string, but YAML reads ${source} as a number: quote it, e.g. "${source}"`, where };
  }
  return { message: issue.message, where };
}

/**
 * The parsed value as a ClusterConfig, or an EksctlImportError for what eksctl would refuse to load.
 * Cross-field checks are left to the rules, which run on the imported design.
 */
export function checkClusterConfig(parsed: ParsedYaml): ClusterConfig {
  const { value } = parsed;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new EksctlImportError(
      `expected an eksctl ClusterConfig (a mapping with apiVersion: ${EKSCTL_API_VERSION}), found ${Array.isArray(value) ? 'a list' : value === null ? 'nothing' : `a ${typeof value}`}`,
      { line: parsed.lineOf([]) },
    );
  const record = value as Record<string, unknown>;
  if (record['kind'] !== EKSCTL_KIND || record['apiVersion'] !== EKSCTL_API_VERSION) {
    const found = `apiVersion ${JSON.stringify(record['apiVersion'] ?? null)}, kind ${JSON.stringify(record['kind'] ?? null)}`;
    const key = record['apiVersion'] !== EKSCTL_API_VERSION ? 'apiVersion' : 'kind';
    const apiVersion = record['apiVersion'];
    if (record['kind'] === EKSCTL_KIND && typeof apiVersion === 'string' && apiVersion.startsWith('eksctl.io/'))
      throw new EksctlImportError(
        `apiVersion ${apiVersion} is an eksctl schema version this app does not read; write the config for ${EKSCTL_API_VERSION}`,
        { line: parsed.lineOf(['apiVersion']), path: 'apiVersion' },
      );
    throw new EksctlImportError(
      `not an eksctl ClusterConfig (${found}); expected apiVersion: ${EKSCTL_API_VERSION} and kind: ${EKSCTL_KIND}`,
      { line: parsed.lineOf([key]), path: key },
    );
  }
  const result = validateEksctlConfig(value);
  if (!result.valid) {
    // A misspelled field also makes the field it replaced "missing"; the misspelling is the one to fix.
    const issues = [...result.errors].sort((a, b) => rank(a) - rank(b));
    const first = explain(issues[0]!, parsed);
    const more = result.errors.length - 1;
    const tail = more === 0 ? '' : ` (and ${more} more problem${more === 1 ? '' : 's'})`;
    throw new EksctlImportError(`${first.message}${tail}`, first.where);
  }
  return value as ClusterConfig;
}

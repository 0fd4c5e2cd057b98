/**
 * `npm run security`: audits the code that ships with Electronegativity and fails on any finding.
 *
 * Scanned: electron/, renderer/ and shared/ (TypeScript, parsed by Electronegativity's Babel parser; tests and
 * test-support left out because they do not ship), package.json (Electron version), and the main-process and
 * preload bundles built fresh by scripts/build-electron.ts (what really runs, bundled dependencies included).
 *
 * Electronegativity never fails by itself, so this script counts: every finding is one line
 * `file:line CHECK_ID — description`, and the exit code is 1 unless there are none. The only ways past a
 * finding are in scripts/security.exclusions.json, each with a written reason, printed on every run:
 * a check left out entirely (`excludedChecks`) or one reviewed finding accepted (`acceptedFindings`, matched
 * by check id, file and detail, so a new occurrence elsewhere still fails). An accepted finding that no
 * longer occurs also fails, so the list cannot go stale.
 *
 * Usage: tsx scripts/security.ts [--root DIR] [--config FILE] [--no-bundles] [PATH...]
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { buildElectron } from './build-electron.js';
import { scanWithElectronegativity, type ScanFinding, type ScanResult } from './security-scan.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CONFIG = path.join(repoRoot, 'scripts', 'security.exclusions.json');
export const DEFAULT_INCLUDE = ['electron', 'renderer', 'shared', 'package.json'];

const reason = z.string().trim().min(20, 'write the reason out (at least 20 characters)');
export const securityConfigSchema = z.strictObject({
  $comment: z.string().optional(),
  excludedChecks: z.array(z.strictObject({ check: z.string().min(1), reason })),
  acceptedFindings: z.array(
    z.strictObject({ id: z.string().min(1), files: z.array(z.string().min(1)).min(1), detail: z.string().optional(), reason }),
  ),
});
export type SecurityConfig = z.infer<typeof securityConfigSchema>;
type Acceptance = SecurityConfig['acceptedFindings'][number];

/** Reads and checks the exclusion list; a malformed list is an error naming the field. */
export function loadSecurityConfig(file: string): SecurityConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: cannot read the exclusion list: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  }
  const parsed = securityConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`${file}: malformed exclusion list: ${issues}`);
  }
  return parsed.data;
}

/** `file:line CHECK_ID — description[: detail]`, the one line each finding gets. */
export function formatFinding(f: ScanFinding): string {
  const review = f.manualReview ? ' (manual review)' : '';
  return `${f.file}:${f.line} ${f.id} — ${f.description}${f.detail ? `: ${f.detail}` : ''} [${f.severity}/${f.confidence}${review}]`;
}

const matches = (a: Acceptance, f: ScanFinding) =>
  a.id === f.id && a.files.includes(f.file) && (a.detail === undefined || a.detail === f.detail);

export interface SecurityVerdict {
  ok: boolean;
  /** Findings nobody accepted, parse failures and stale acceptances, one line each. */
  failures: string[];
  /** Findings matched by an accepted entry, with that entry. */
  accepted: Array<{ finding: ScanFinding; acceptance: Acceptance }>;
}

/** Splits a scan into accepted findings and failures according to the exclusion list. */
export function judge(scan: ScanResult, config: SecurityConfig): SecurityVerdict {
  const failures: string[] = [];
  const accepted: SecurityVerdict['accepted'] = [];
  const used = new Set<Acceptance>();
  for (const finding of scan.findings) {
    const acceptance = config.acceptedFindings.find((a) => matches(a, finding));
    if (acceptance) {
      used.add(acceptance);
      accepted.push({ finding, acceptance });
    } else failures.push(formatFinding(finding));
  }
  for (const e of scan.parseErrors)
    failures.push(`${e.file}:0 PARSE_ERROR — not audited, Electronegativity cannot parse it: ${e.message}`);
  for (const a of config.acceptedFindings.filter((x) => !used.has(x))) {
    failures.push(
      `${a.files.join(', ')}:0 STALE_EXCLUSION — accepted ${a.id}${a.detail ? ` (${a.detail})` : ''} no longer occurs; remove it from the exclusion list`,
    );
  }
  return { ok: failures.length === 0, failures, accepted };
}

export interface SecurityRunOptions {
  root?: string;
  include?: string[];
  config?: SecurityConfig;
  /** Also scan freshly built main-process and preload bundles (default true). */
  bundles?: boolean;
}

/** Runs the whole audit and returns the verdict plus the lines to print. */
export async function runSecurity(options: SecurityRunOptions = {}): Promise<SecurityVerdict & { report: string[] }> {
  const root = path.resolve(options.root ?? repoRoot);
  const include = options.include ?? DEFAULT_INCLUDE;
  const config = options.config ?? loadSecurityConfig(DEFAULT_CONFIG);
  const out = options.bundles === false ? null : mkdtempSync(path.join(tmpdir(), 'eks-security-bundle-'));
  try {
    const extra: Array<{ file: string; as: string }> = [];
    if (out) {
      const built = await buildElectron(out);
      extra.push({ file: built.main, as: 'dist/electron/main.js' }, { file: built.preload, as: 'dist/electron/preload.cjs' });
    }
    const scan = await scanWithElectronegativity({
      root,
      include,
      extra,
      excludeChecks: config.excludedChecks.map((e) => e.check),
    });
    const verdict = judge(scan, config);
    const scanned = [
      ...include.map((p) => (statSync(path.join(root, p)).isDirectory() ? `${p.replace(/\/$/, '')}/` : p)),
      ...extra.map((e) => e.as),
    ].join(', ');
    const report = [
      `Electronegativity ${scan.version}: ${scan.checks} checks over ${scan.files.length} files (${scanned})`,
      `Excluded checks (${config.excludedChecks.length}):`,
      ...config.excludedChecks.map((e) => `  - ${e.check}: ${e.reason}`),
      `Accepted findings after review (${config.acceptedFindings.length}):`,
      ...config.acceptedFindings.map(
        (a) => `  - ${a.id} in ${a.files.join(', ')}${a.detail ? ` (${a.detail})` : ''}: ${a.reason}`,
      ),
      ...verdict.accepted.map(({ finding }) => `accepted: ${formatFinding(finding)}`),
      ...verdict.failures,
      verdict.ok
        ? 'security: 0 findings'
        : `security: ${verdict.failures.length} finding(s). Fix them, or after review list them with a reason in scripts/security.exclusions.json.`,
    ];
    return { ...verdict, report };
  } finally {
    if (out) rmSync(out, { recursive: true, force: true });
  }
}

function parseArgs(argv: string[]): SecurityRunOptions {
  const options: SecurityRunOptions = {};
  const include: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--root') options.root = value();
    else if (arg === '--config') options.config = loadSecurityConfig(value());
    else if (arg === '--no-bundles') options.bundles = false;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else include.push(arg);
  }
  if (include.length > 0) options.include = include;
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const result = await runSecurity(parseArgs(process.argv.slice(2)));
    for (const line of result.report) console.log(line);
    process.exitCode = result.ok ? 0 : 1;
  } catch (err) {
    console.error(`security: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  }
}

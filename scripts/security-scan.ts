/**
 * Runs Electronegativity (`@doyensec/electronegativity`) offline over a copy of the code that ships and
 * returns its findings as plain data. Used by scripts/security.ts (`npm run security`).
 *
 * Why a copy: Electronegativity scans one directory and reads only .js/.jsx/.ts/.tsx/.html/.htm files (and
 * package.json for the Electron version). The copy holds just what ships — tests and test-support are left
 * out — and renames .cjs/.mjs/.cts/.mts so the tool reads them too (the preload bundle is a .cjs file).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const PACKAGE = '@doyensec/electronegativity';

/** One thing Electronegativity reported, with the path of the file in the project (not in the copy). */
export interface ScanFinding {
  /** Check id as Electronegativity prints it, e.g. `CONTEXT_ISOLATION_JS_CHECK`. */
  id: string;
  file: string;
  line: number;
  description: string;
  /** Which part of a finding this line is about (one CSP weakness, the bundled module), when known. */
  detail?: string;
  severity: string;
  confidence: string;
  manualReview: boolean;
}

export interface ScanResult {
  version: string;
  checks: number;
  files: string[];
  findings: ScanFinding[];
  /** Files the tool could not parse: not audited, so they count as failures. */
  parseErrors: Array<{ file: string; message: string }>;
}

/** What to scan: paths relative to `root` (folders or files), plus extra files placed at a given name. */
export interface ScanOptions {
  root: string;
  include: string[];
  /** Extra files (e.g. freshly built bundles) and the name they are reported under. */
  extra?: Array<{ file: string; as: string }>;
  /** Check class names to leave out, e.g. `AvailableSecurityFixesGlobalCheck`. */
  excludeChecks: string[];
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: { name: string };
  confidence: { name: string };
  manualReview: boolean;
  sample?: string;
}
type Runner = (options: Record<string, unknown>) => Promise<{
  globalChecks: number;
  atomicChecks: number;
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  issues: RawIssue[];
}>;

const NOT_SHIPPED = /(^|[\\/])(node_modules|test-support|__fixtures__)([\\/]|$)|\.test\.tsx?$/;
const READABLE: Record<string, string> = { '.js': '.js', '.jsx': '.jsx', '.ts': '.ts', '.tsx': '.tsx', '.html': '.html' };
const RENAMED: Record<string, string> = { '.cjs': '.js', '.mjs': '.js', '.cts': '.ts', '.mts': '.ts', '.htm': '.html' };

let offline = false;
/**
 * Electronegativity's i18n loader fetches translations from an S3 bucket on every run. Replace it, before the
 * runner loads it, with the same configuration minus the download: the package ships en-US itself.
 */
function useOfflineTranslations(): void {
  if (offline) return;
  const i18nFile = require.resolve(`${PACKAGE}/dist/locales/i18n.js`);
  const i18n = createRequire(i18nFile)('i18n') as { configure(o: object): void; setLocale(l: string): void };
  const load = async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.dirname(i18nFile),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
  };
  const cached = new Module(i18nFile);
  Object.assign(cached, { filename: i18nFile, loaded: true, exports: load });
  require.cache[i18nFile] = cached;
  offline = true;
}

/** Class names of every check this Electronegativity version has (atomic and global). */
export function availableChecks(): string[] {
  useOfflineTranslations();
  const atomic = require(`${PACKAGE}/dist/finder/checks/AtomicChecks/index.js`) as { CHECKS: Array<{ name: string }> };
  const global = require(`${PACKAGE}/dist/finder/checks/GlobalChecks/index.js`) as { GLOBAL_CHECKS: Array<{ name: string }> };
  return [...atomic.CHECKS, ...global.GLOBAL_CHECKS].map((c) => c.name).sort();
}

/** Copies the shippable files under `from` into `stage`, recording staged path -> project path. */
function stageTree(root: string, from: string, stage: string, names: Map<string, string>): void {
  const source = path.resolve(root, from);
  const walk = (file: string) => {
    const rel = path.relative(root, file);
    if (NOT_SHIPPED.test(rel)) return;
    if (statSync(file).isDirectory()) {
      for (const entry of readdirSync(file).sort()) walk(path.join(file, entry));
      return;
    }
    const ext = path.extname(file).toLowerCase();
    const isPackageJson = path.basename(file) === 'package.json';
    const stagedExt = READABLE[ext] ?? RENAMED[ext];
    if (!stagedExt && !isPackageJson) return;
    stageFile(file, isPackageJson ? rel : rel.slice(0, rel.length - ext.length) + stagedExt, rel, stage, names);
  };
  walk(source);
}

function stageFile(file: string, stagedRel: string, reportAs: string, stage: string, names: Map<string, string>): void {
  const target = path.join(stage, stagedRel);
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(file, target);
  names.set(path.resolve(target), reportAs.split(path.sep).join('/'));
}

/** esbuild starts each bundled module with a `// path/to/module.ts` comment; name the one a line falls in. */
function bundledModuleAt(file: string, line: number): string | undefined {
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const m = /^\/\/ ((?:[\w@.-]+\/)*[\w@.-]+\.[cm]?[jt]sx?)$/.exec(lines[i]!);
    if (m) return m[1];
  }
  return undefined;
}

/** csp-evaluator's reasons behind a weak-CSP finding, one per line (the global check only says "weak"). */
function cspReasons(csp: string): string[] {
  const evaluator = require('@doyensec/csp-evaluator') as {
    CspParser: new (s: string) => { csp: unknown };
    CspEvaluator: new (
      c: unknown,
      v: unknown,
    ) => { evaluate(): Array<{ severity: number; directive: string; description: string }> };
    Version: { CSP3: unknown };
    severities: Record<string, number>;
  };
  const s = evaluator.severities;
  const counted = new Set([s.HIGH, s.MEDIUM, s.HIGH_MAYBE, s.MEDIUM_MAYBE]);
  return new evaluator.CspEvaluator(new evaluator.CspParser(csp).csp, evaluator.Version.CSP3)
    .evaluate()
    .filter((f) => counted.has(f.severity))
    .map((f) => `${f.directive}: ${f.description}`);
}

/** Stages the files, runs every check except `excludeChecks`, and maps findings back to project paths. */
export async function scanWithElectronegativity(options: ScanOptions): Promise<ScanResult> {
  useOfflineTranslations();
  const known = new Set(availableChecks().map((c) => c.toLowerCase()));
  const unknown = options.excludeChecks.filter((c) => !known.has(c.toLowerCase()));
  if (unknown.length > 0) throw new Error(`unknown Electronegativity check(s): ${unknown.join(', ')}`);

  const stage = mkdtempSync(path.join(tmpdir(), 'eks-security-'));
  const names = new Map<string, string>();
  const bundles = new Set<string>();
  try {
    for (const entry of options.include) stageTree(options.root, entry, stage, names);
    for (const extra of options.extra ?? []) {
      const stagedRel = extra.as.replace(/\.[cm]([jt]s)$/, '.$1');
      stageFile(extra.file, stagedRel, extra.as, stage, names);
      bundles.add(path.resolve(stage, stagedRel));
    }
    const run = require(`${PACKAGE}/dist/runner.js`) as Runner;
    const result = await run({
      input: stage,
      isRelative: false,
      customScan: [],
      excludeFromScan: options.excludeChecks,
      parserPlugins: [],
    });
    // Global checks (no CSP anywhere, no navigation limits...) are about the whole app, not one file.
    const where = (file: string) => (file === 'N/A' ? '(app)' : (names.get(path.resolve(file)) ?? file));
    const findings: ScanFinding[] = [];
    for (const issue of result.issues) {
      const base: ScanFinding = {
        id: issue.id,
        file: where(issue.file),
        line: issue.location?.line ?? 0,
        description: issue.description,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        manualReview: issue.manualReview,
      };
      const staged = path.resolve(issue.file);
      if (bundles.has(staged)) {
        const module = bundledModuleAt(staged, base.line);
        if (module) base.detail = `in ${module}`;
      }
      const reasons = issue.id === 'CSP_GLOBAL_CHECK' && issue.sample ? cspReasons(issue.sample) : [];
      if (reasons.length === 0) findings.push(base);
      for (const detail of reasons) findings.push({ ...base, detail });
    }
    const version = (require(`${PACKAGE}/package.json`) as { version: string }).version;
    return {
      version,
      checks: result.globalChecks + result.atomicChecks,
      files: [...names.values()].sort(),
      findings,
      parseErrors: result.errors.map((e) => ({ file: where(e.file), message: e.message })),
    };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

// Real Electronegativity runs (no mocks) over tiny generated apps and over this project.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, judge, loadSecurityConfig, runSecurity, type SecurityConfig } from './security.js';
import { availableChecks, type ScanResult } from './security-scan.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OFFLINE_ONLY: SecurityConfig = {
  excludedChecks: [{ check: 'AvailableSecurityFixesGlobalCheck', reason: 'fetches Electron releases from the network' }],
  acceptedFindings: [],
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'eks-security-fixture-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A one-window Electron app, insecure in the ways the checklist names. */
function writeInsecureApp(): void {
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'fixture', devDependencies: { electron: '41.0.0' } }));
  writeFileSync(
    path.join(dir, 'main.js'),
    [
      "const { app, BrowserWindow } = require('electron');",
      'app.whenReady().then(() => {',
      '  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true } });',
      "  win.loadURL('app://bundle/index.html');",
      '});',
    ].join('\n'),
  );
  // .cjs is not a file type Electronegativity reads; the scan renames it so preload bundles are audited.
  writeFileSync(
    path.join(dir, 'preload.cjs'),
    "const { shell } = require('electron');\nwindow.go = (u) => shell.openExternal(u);\n",
  );
  // Tests do not ship, so insecure code in them is not a finding.
  writeFileSync(path.join(dir, 'main.test.ts'), 'new BrowserWindow({ webPreferences: { webSecurity: false } });\n');
}

const runFixture = (config: SecurityConfig = OFFLINE_ONLY) => runSecurity({ root: dir, include: ['.'], config, bundles: false });
const runCli = (args: string[]) =>
  spawnSync(path.join(repo, 'node_modules', '.bin', 'tsx'), [path.join(repo, 'scripts', 'security.ts'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    // A hung audit must fail this test, not stall the run (spawnSync blocks vitest's own timeout).
    timeout: 170_000,
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });

describe('npm run security on an insecure app', () => {
  it('fails with one file:line line per finding, including preload .cjs files and not tests', async () => {
    writeInsecureApp();
    const result = await runFixture();
    expect(result.ok).toBe(false);
    const ids = (where: string) => result.failures.filter((l) => l.startsWith(`${where} `)).map((l) => l.split(' ')[1]);
    expect(ids('main.js:3')).toEqual(
      expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']),
    );
    expect(ids('preload.cjs:2')).toEqual(['OPEN_EXTERNAL_JS_CHECK']);
    expect(ids('(app):0')).toEqual(
      expect.arrayContaining(['CSP_GLOBAL_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']),
    );
    expect(result.failures.join('\n')).not.toContain('main.test.ts');
    expect(result.failures.find((l) => l.includes('NODE_INTEGRATION_JS_CHECK'))).toMatch(
      /^main\.js:3 NODE_INTEGRATION_JS_CHECK — Disable nodeIntegration/,
    );
    expect(result.report.at(-1)).toMatch(/^security: \d+ finding\(s\)/);
  });

  it('exits non-zero from the command line and prints the exclusion list with its reasons', () => {
    writeInsecureApp();
    const config = path.join(dir, 'exclusions.json');
    writeFileSync(config, JSON.stringify(OFFLINE_ONLY));
    const cli = runCli(['--root', dir, '--config', config, '--no-bundles', '.']);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain('AvailableSecurityFixesGlobalCheck: fetches Electron releases from the network');
    expect(cli.stdout).toMatch(/^main\.js:3 CONTEXT_ISOLATION_JS_CHECK — /m);
    // The translations download was replaced: Electronegativity prints this only after trying the network.
    expect(cli.stdout + cli.stderr).not.toContain('Could not retrieve updated translations');
  });

  it('an accepted finding covers only its own file: the same weakness elsewhere still fails', async () => {
    writeInsecureApp();
    writeFileSync(
      path.join(dir, 'second.js'),
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true } });\n",
    );
    const config: SecurityConfig = {
      ...OFFLINE_ONLY,
      acceptedFindings: [{ id: 'NODE_INTEGRATION_JS_CHECK', files: ['main.js'], reason: 'fixture: reviewed for this test only' }],
    };
    const result = await runFixture(config);
    expect(result.accepted.map((a) => `${a.finding.file} ${a.finding.id}`)).toEqual(['main.js NODE_INTEGRATION_JS_CHECK']);
    expect(result.failures.some((l) => /^second\.js:2 NODE_INTEGRATION_JS_CHECK/.test(l))).toBe(true);
  });

  it('counts a file it cannot parse as a failure (it was not audited)', async () => {
    writeInsecureApp();
    writeFileSync(path.join(dir, 'broken.js'), 'function (\n');
    const result = await runFixture();
    expect(result.failures.some((l) => l.startsWith('broken.js:0 PARSE_ERROR'))).toBe(true);
  });

  it('refuses a misspelt check name instead of silently scanning everything', async () => {
    writeInsecureApp();
    await expect(
      runFixture({ excludedChecks: [{ check: 'NoSuchCheck', reason: 'a name that does not exist' }], acceptedFindings: [] }),
    ).rejects.toThrow(/unknown Electronegativity check\(s\): NoSuchCheck/);
  });
});

describe('npm run security on this project', () => {
  it('passes with zero findings over the source and the freshly built bundles', () => {
    const cli = runCli([]);
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    const lines = cli.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/checks over \d+ files \(electron\/, renderer\/, shared\/, package\.json, dist\/electron\/main\.js/);
    expect(lines.at(-1)).toBe('security: 0 findings');
  }, 180_000);

  it('excludes only named, existing checks, the network one among them, each with a reason', () => {
    const config = loadSecurityConfig(DEFAULT_CONFIG);
    const known = availableChecks();
    expect(config.excludedChecks.map((e) => e.check)).toContain('AvailableSecurityFixesGlobalCheck');
    for (const e of config.excludedChecks) expect(known).toContain(e.check);
    // Accepting a check everywhere would be an exclusion in disguise: accepted findings name their files.
    for (const a of config.acceptedFindings) expect(a.files.every((f) => f !== '.' && f !== '*')).toBe(true);
  });
});

describe('judge', () => {
  const finding = {
    id: 'X_CHECK',
    file: 'a.ts',
    line: 3,
    description: 'd',
    severity: 'HIGH',
    confidence: 'FIRM',
    manualReview: false,
  };
  const scan = (over: Partial<ScanResult> = {}): ScanResult => ({
    version: '1',
    checks: 1,
    files: [],
    findings: [],
    parseErrors: [],
    ...over,
  });
  const accept = (detail?: string) => ({ id: 'X_CHECK', files: ['a.ts'], detail, reason: 'reviewed in this unit test' });

  it('matches an acceptance by id, file and detail', () => {
    const detailed = { ...finding, detail: 'script-src' };
    expect(judge(scan({ findings: [detailed] }), { excludedChecks: [], acceptedFindings: [accept('script-src')] }).ok).toBe(true);
    const other = judge(scan({ findings: [{ ...detailed, detail: 'object-src' }] }), {
      excludedChecks: [],
      acceptedFindings: [accept('script-src')],
    });
    expect(other.ok).toBe(false);
    expect(other.failures[0]).toBe('a.ts:3 X_CHECK — d: object-src [HIGH/FIRM]');
  });

  it('fails on an acceptance that no longer matches anything', () => {
    const verdict = judge(scan(), { excludedChecks: [], acceptedFindings: [accept()] });
    expect(verdict.failures).toEqual([
      'a.ts:0 STALE_EXCLUSION — accepted X_CHECK no longer occurs; remove it from the exclusion list',
    ]);
  });

  it('rejects an exclusion list entry without a written reason', () => {
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ excludedChecks: [{ check: 'CSPHTMLCheck', reason: 'x' }], acceptedFindings: [] }));
    expect(() => loadSecurityConfig(file)).toThrow(/excludedChecks\.0\.reason: write the reason out/);
  });
});

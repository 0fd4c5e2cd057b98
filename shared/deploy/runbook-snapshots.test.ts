/**
 * The runbook of every template and of each variant in VARIANT_BUNDLES, kept as reviewed fixtures
 * (fixtures/<template or variant>/), and every generated deploy.sh checked by bash itself (`bash -n`) and by
 * ShellCheck when it is installed. The scripts' snapshots end in `.sh.snap` (deploy.en.sh.snap, deploy.ja.sh.snap):
 * they are test data to review, not the project's shell code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from './types.js';
import { TEMPLATE_IDS, templateBundle, VARIANT_BUNDLES, type TemplateBundle } from './test-support/templates.js';

const shellcheck = spawnSync('shellcheck', ['--version']).status === 0;

function fileOf(files: { path: string; content: string }[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in the bundle`);
  return file.content;
}

/** Every template, then the variants that show what no template does (a Spot Karpenter's interruption queue). */
const BUNDLES: [string, (lang: Lang) => TemplateBundle][] = [
  ...TEMPLATE_IDS.map((id): [string, (lang: Lang) => TemplateBundle] => [id, (lang) => templateBundle(id, lang)]),
  ...Object.entries(VARIANT_BUNDLES),
];

describe.each(BUNDLES)('%s runbook', (id, bundle) => {
  const en = bundle('en').files;
  const ja = bundle('ja').files;

  it('matches the reviewed DEPLOY.md (en, ja), deploy.sh and values files', async () => {
    await expect(fileOf(en, 'DEPLOY.md')).toMatchFileSnapshot(`fixtures/${id}/DEPLOY.en.md`);
    await expect(fileOf(ja, 'DEPLOY.md')).toMatchFileSnapshot(`fixtures/${id}/DEPLOY.ja.md`);
    await expect(fileOf(en, 'deploy.sh')).toMatchFileSnapshot(`fixtures/${id}/deploy.en.sh.snap`);
    await expect(fileOf(ja, 'deploy.sh')).toMatchFileSnapshot(`fixtures/${id}/deploy.ja.sh.snap`);
    for (const f of en.filter((x) => x.path.startsWith('helm/')))
      await expect(f.content).toMatchFileSnapshot(`fixtures/${id}/${f.path}`);
  });

  it('has the same files in both languages, and a script running the same commands with its words in the language', () => {
    expect(ja.map((f) => f.path)).toEqual(en.map((f) => f.path));
    /** The script with its comments and the texts it prints cut out: what it runs. */
    const commands = (script: string) =>
      script
        .split('\n')
        .filter((l) => !l.startsWith('# ') && !l.startsWith("echo '"))
        .map((l) =>
          l
            .replace(/^step '(\d+)\. .*'$/, "step '$1'")
            .replace(/echo "[^"]*"/, 'echo')
            .replace(/(:\?)[^}]*\}/, '$1}'),
        );
    const enScript = fileOf(en, 'deploy.sh');
    const jaScript = fileOf(ja, 'deploy.sh');
    expect(commands(jaScript)).toEqual(commands(enScript));
    expect(jaScript).not.toBe(enScript);
    // Every step title is the one DEPLOY.md gives in that language.
    for (const [files, script] of [
      [en, enScript],
      [ja, jaScript],
    ] as const) {
      const titles = [...script.matchAll(/^step '\d+\. (.*)'$/gm)].map((m) => m[1]!);
      expect(titles.length).toBeGreaterThan(0);
      for (const title of titles) expect(fileOf(files, 'DEPLOY.md')).toContain(title);
    }
    expect(jaScript).not.toMatch(/^step '\d+\. (Create|Configure|Check|Install|Apply) /m);
    expect(en.find((f) => f.path === 'deploy.sh')!.executable).toBe(true);
    expect(ja.find((f) => f.path === 'deploy.sh')!.executable).toBe(true);
  });

  it.each(['en', 'ja'] as const)('deploy.sh (%s) is valid bash that stops at the first failure', (lang) => {
    const script = fileOf(lang === 'en' ? en : ja, 'deploy.sh');
    expect(script.split('\n').slice(0, 12)).toContain('set -euo pipefail');
    const dir = mkdtempSync(join(tmpdir(), 'deploy-sh-'));
    try {
      const path = join(dir, 'deploy.sh');
      writeFileSync(path, script);
      const syntax = spawnSync('bash', ['-n', path], { encoding: 'utf8' });
      expect(syntax.stderr).toBe('');
      expect(syntax.status).toBe(0);
      if (shellcheck) {
        const lint = spawnSync('shellcheck', ['--shell=bash', path], { encoding: 'utf8' });
        expect(lint.stdout).toBe('');
        expect(lint.status).toBe(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('DEPLOY.md runs the same commands as deploy.sh', () => {
    for (const lang of [en, ja]) {
      const script = fileOf(lang, 'deploy.sh');
      const md = fileOf(lang, 'DEPLOY.md');
      const blocks = [...md.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
      const runbookCommands = blocks
        .slice(0, -1)
        .join('')
        .trim()
        .split(/\n(?! {2})/);
      for (const command of runbookCommands) expect(script, command).toContain(command);
    }
  });
});

it('checks deploy.sh with ShellCheck where it is installed', () => {
  // Recorded so a run without ShellCheck says so instead of passing silently.
  expect(typeof shellcheck).toBe('boolean');
});

/**
 * Every command of the command line, and the help of each, in Japanese: run with --lang ja on a template
 * design, nothing it prints may hold an English word other than the names and identifiers of
 * cli/test-support/ja-allowlist.ts. YAML keys and values are data, so for YAML only the comments count; for the
 * bundle's runbook, the prose outside its code blocks.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATES } from '../templates/index.js';
import { COMMANDS, runCli } from './main.js';
import { englishWords, markdownProse, yamlComments } from './test-support/ja-allowlist.js';
import { tempDir } from './test-support/run-bin.js';

/** The command line's own command names and the template ids are names too. */
const COMMAND_NAMES = [...COMMANDS.map((c) => c.name), ...TEMPLATES.map((t) => t.id)];

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    now: () => new Date('2026-11-28T12:00:00Z'),
    env,
  });
  return { code, stdout, stderr };
}

/** Runs `argv` with --lang ja and returns what it printed, failing on a non-zero exit unless expected. */
async function ja(argv: string[], expectedCode = 0) {
  const r = await run([...argv, '--lang', 'ja']);
  expect(r.code, r.stderr).toBe(expectedCode);
  return r;
}

let dir: string;
let cleanup: () => Promise<void>;
let shop: string;
let edited: string;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  shop = path.join(dir, 'shop.eksdesign');
  await ja(['new', '--template', 'microservices', '-o', shop]);
  // A second design for diff: the same template with a bigger node group and another instance type.
  const doc = JSON.parse(await readFile(shop, 'utf8'));
  const ng = doc.design.parts.find((p: { id: string }) => p.id === 'ng-frontend');
  ng.props.desiredCapacity = 4;
  ng.props.instanceTypes = ['m6i.xlarge'];
  edited = path.join(dir, 'shop-edited.eksdesign');
  const { writeFile } = await import('node:fs/promises');
  await writeFile(edited, JSON.stringify(doc));
});
afterAll(() => cleanup());

describe('the words of englishWords', () => {
  it('finds a sentence left in English and lets names and identifiers pass', () => {
    expect(englishWords('eks-sandbox: shop.eksdesign: no such file')).toEqual(['no', 'such', 'file']);
    expect(englishWords('EC2 m6i.large オンデマンド（ng-frontend） 2190 インスタンス時間')).toEqual([]);
    expect(englishWords('Karpenter の NodePool、--no-suppressions、vpc.cluster-subnets-two-azs、hoursPerMonth')).toEqual([]);
    expect(englishWords('EC2 m6i.large on-demand (ng-frontend)')).toEqual([]); // kebab-case reads as an id...
    expect(englishWords('EC2 m6i.large spot (ng-frontend)')).toEqual(['spot']); // ...but a plain word does not
    expect(yamlComments('kind: Deployment\n# レプリカ\n  # Placeholder: x')).toBe(' レプリカ\n Placeholder: x');
  });
});

describe('eks-sandbox --lang ja', () => {
  const checked: { what: string; text: string }[] = [];
  afterAll(() => {
    // Every command was run (and its help read), so a new command cannot skip this test.
    for (const c of COMMANDS) {
      expect(checked.some((x) => x.what === `${c.name} --help`)).toBe(true);
      expect(checked.some((x) => x.what === c.name)).toBe(true);
    }
  });

  function expectJapanese(what: string, text: string) {
    checked.push({ what, text });
    expect(text.trim(), `${what} printed nothing`).not.toBe('');
    expect(englishWords(text, COMMAND_NAMES), `${what}:\n${text}`).toEqual([]);
  }

  it('prints the general help in Japanese', async () => {
    expectJapanese('--help', (await ja(['--help'])).stdout);
  });

  it.each(COMMANDS.map((c) => c.name))('prints the help of %s in Japanese', async (name) => {
    const r = await ja([name, '--help']);
    expect(r.stdout).toMatch(new RegExp(`^使い方: eks-sandbox ${name}`));
    expectJapanese(`${name} --help`, r.stdout);
  });

  it('runs every command in Japanese', async () => {
    const r = {
      templates: await ja(['templates']),
      new: await ja(['new', '--template', 'web-application', '-o', path.join(dir, 'web.eksdesign')]),
      validate: await ja(['validate', shop]),
      export: await ja(['export', shop]),
      import: await ja(['import', path.join(dir, 'cluster.yaml'), '-o', path.join(dir, 'imported.eksdesign')], 2),
      manifests: await ja(['manifests', shop]),
      bundle: await ja(['bundle', shop, '-o', path.join(dir, 'bundle')]),
      diff: await ja(['diff', shop, edited], 1),
      cost: await ja(['cost', shop]),
    };
    // import reads what export wrote; the first run above shows its error for a missing file.
    await ja(['export', shop, '-o', path.join(dir, 'cluster.yaml')]);
    const imported = await ja(['import', path.join(dir, 'cluster.yaml'), '-o', path.join(dir, 'imported.eksdesign')]);

    expectJapanese('templates', r.templates.stdout);
    expectJapanese('new', r.new.stdout + r.new.stderr);
    expectJapanese('validate', r.validate.stdout + r.validate.stderr);
    expectJapanese('export', yamlComments(r.export.stdout) + r.export.stderr);
    expect(r.export.stdout).toContain('kind: ClusterConfig');
    expectJapanese('import', imported.stdout + imported.stderr + r.import.stderr);
    expectJapanese('manifests', yamlComments(r.manifests.stdout) + r.manifests.stderr);
    const runbook = await readFile(path.join(dir, 'bundle', 'DEPLOY.md'), 'utf8');
    const clusterYaml = await readFile(path.join(dir, 'bundle', 'cluster.yaml'), 'utf8');
    expectJapanese('bundle', r.bundle.stdout + r.bundle.stderr + markdownProse(runbook) + yamlComments(clusterYaml));
    // The cluster.yaml diff at the end is YAML (data); everything before it is the report.
    const [report, yamlDiff] = r.diff.stdout.split(/^={20,}$/m);
    expect(yamlDiff).toContain('instanceType: m6i.xlarge');
    expectJapanese('diff', report! + r.diff.stderr);
    expect(report).toContain('EC2 m6i.xlarge オンデマンド（ng-frontend）');
    expectJapanese('cost', r.cost.stdout + r.cost.stderr);
    expect(r.cost.stdout).toContain('合計: $');
  });

  it('reports usage and file errors in Japanese', async () => {
    const errors = [
      await ja(['frobnicate'], 2),
      await ja(['validate'], 2),
      await ja(['validate', shop, '--colour'], 2),
      await ja(['validate', shop, '--format', 'xml'], 2),
      await ja(['validate', path.join(dir, 'missing.eksdesign')], 2),
      await ja(['export', shop, '--cluster', 'nope'], 2),
      await ja(['new', '--template', 'nope', '-o', path.join(dir, 'x.eksdesign')], 2),
      await ja(['new', '--template', 'microservices', '-o', shop], 2),
      await ja(['cost', shop, '--region', 'eu-west-1'], 2),
      await ja(['cost', shop, '--assume', 'nope=1'], 2),
      await ja(['cost', shop, '--assume', 'spotDiscount=2'], 2),
      await ja(['manifests', shop, '--date', '2026-02-30'], 2),
    ];
    for (const e of errors) {
      expect(e.stderr).toMatch(/^eks-sandbox: /);
      expectJapanese(`error: ${e.stderr.trim()}`, e.stderr);
    }
  });
});

describe('choosing the language', () => {
  it('takes --lang, then EKS_SANDBOX_LANG, then the locale, then English', async () => {
    const help = async (argv: string[], env: Record<string, string>) => (await run([...argv, '--help'], env)).stdout;
    expect(await help([], {})).toMatch(/^Usage: /);
    expect(await help([], { LANG: 'ja_JP.UTF-8' })).toMatch(/^使い方: /);
    expect(await help([], { LC_ALL: 'C', LANG: 'ja_JP.UTF-8' })).toMatch(/^Usage: /); // LC_ALL wins over LANG
    expect(await help([], { LC_MESSAGES: 'ja_JP.UTF-8' })).toMatch(/^使い方: /);
    expect(await help([], { EKS_SANDBOX_LANG: 'ja', LANG: 'en_US.UTF-8' })).toMatch(/^使い方: /);
    expect(await help([], { EKS_SANDBOX_LANG: 'en', LANG: 'ja_JP.UTF-8' })).toMatch(/^Usage: /);
    expect(await help(['--lang', 'en'], { EKS_SANDBOX_LANG: 'ja' })).toMatch(/^Usage: /);
    expect(await help(['--lang=ja'], {})).toMatch(/^使い方: /);
    expect(await help(['cost', '--lang', 'ja'], {})).toMatch(/^使い方: eks-sandbox cost/);
  });

  it('refuses a language it does not speak, in the language the environment asks for', async () => {
    const flag = await run(['templates', '--lang', 'fr'], { EKS_SANDBOX_LANG: 'ja' });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe('eks-sandbox: --lang は en、ja のいずれかにしてください\n');
    const english = await run(['templates', '--lang', 'fr'], {});
    expect(english.stderr).toBe('eks-sandbox: --lang must be one of en, ja\n');
    const env = await run(['templates'], { EKS_SANDBOX_LANG: 'de' });
    expect(env.code).toBe(2);
    expect(env.stderr).toBe('eks-sandbox: EKS_SANDBOX_LANG must be one of en, ja (it is "de")\n');
  });
});

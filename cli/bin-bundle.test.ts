/**
 * `eks-sandbox bundle` through the real binary: the folder it writes for a template, its exit codes (the same
 * as export's) and its refusal to write into a folder that is not empty.
 */
import { readFile, readdir, stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateEksctlConfig } from '../shared/eksctl/schema-validator.js';
import { oneAzDesignText, writeText } from './test-support/designs.js';
import { isOneLineError, runBin, tempDir } from './test-support/run-bin.js';

let dir: string;
let cleanup: () => Promise<void>;
let design: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  design = path.join(dir, 'shop.eksdesign');
  const made = await runBin(['new', '--template', 'microservices', '-o', design]);
  expect(made.code).toBe(0);
});
afterAll(() => cleanup());

async function listFiles(root: string, sub = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(root, sub), { withFileTypes: true })) {
    const rel = sub === '' ? e.name : `${sub}/${e.name}`;
    if (e.isDirectory()) out.push(...(await listFiles(root, rel)));
    else out.push(rel);
  }
  return out.sort();
}

describe('eks-sandbox bundle', () => {
  it('writes cluster.yaml, manifests/, helm/, DEPLOY.md and an executable deploy.sh for the microservices template', async () => {
    const out = path.join(dir, 'bundle-en');
    const r = await runBin(['bundle', design, '-o', out, '--date', '2026-08-22']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Wrote 11 files to .*bundle-en\/: DEPLOY\.md, deploy\.sh, cluster\.yaml, helm\//);
    expect(await listFiles(out)).toEqual([
      'DEPLOY.md',
      'cluster.yaml',
      'deploy.sh',
      'helm/aws-load-balancer-controller.values.yaml',
      'helm/external-dns.values.yaml',
      'manifests/00-namespaces.yaml',
      'manifests/karpenter/default.yaml',
      'manifests/shop/catalog.yaml',
      'manifests/shop/frontend.yaml',
      'manifests/shop/ingress-shop-alb.yaml',
      'manifests/shop/orders.yaml',
    ]);
    // The manifests are the generator's, byte for byte, and the runbook applies each of them.
    const manifests = await runBin(['manifests', design, '--date', '2026-08-22']);
    const catalog = await readFile(path.join(out, 'manifests/shop/catalog.yaml'), 'utf8');
    expect(manifests.stdout).toContain(catalog.trimEnd());
    expect(await readFile(path.join(out, 'deploy.sh'), 'utf8')).toContain('< manifests/shop/catalog.yaml | kubectl apply -f -');
    const exported = await runBin(['export', design, '--date', '2026-08-22']);
    expect(await readFile(path.join(out, 'cluster.yaml'), 'utf8')).toBe(exported.stdout);
    expect(validateEksctlConfig(parse(exported.stdout)).errors).toEqual([]);
    expect((await stat(path.join(out, 'deploy.sh'))).mode & 0o100).not.toBe(0);
    expect(await readFile(path.join(out, 'DEPLOY.md'), 'utf8')).toMatch(/^# Deploying shop-microservices\n/);
  });

  it('takes an eksctl cluster.yaml as input, like export', async () => {
    const yamlFile = path.join(dir, 'cluster.yaml');
    const exported = await runBin(['export', design, '-o', yamlFile, '--date', '2026-08-22']);
    expect(exported.code).toBe(0);
    const out = path.join(dir, 'from-yaml');
    const r = await runBin(['bundle', yamlFile, '-o', out, '--date', '2026-08-22']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // The same config (only the header comment names the imported design differently).
    expect(parse(await readFile(path.join(out, 'cluster.yaml'), 'utf8'))).toEqual(parse(await readFile(yamlFile, 'utf8')));
    expect(await listFiles(out)).toContain('helm/external-dns.values.yaml');
  });

  it('writes DEPLOY.md in Japanese with --lang ja', async () => {
    const out = path.join(dir, 'bundle-ja');
    const r = await runBin(['bundle', design, '-o', out, '--lang', 'ja', '--date', '2026-08-22']);
    expect(r.code).toBe(0);
    expect(await readFile(path.join(out, 'DEPLOY.md'), 'utf8')).toMatch(/^# shop-microservices のデプロイ\n/);
  });

  it('refuses a folder that is not empty (exit 2) and replaces the bundle files with --force', async () => {
    const out = path.join(dir, 'busy');
    await mkdir(out);
    await writeFile(path.join(out, 'notes.txt'), 'mine');
    const r = await runBin(['bundle', design, '-o', out, '--date', '2026-08-22']);
    expect(r.code).toBe(2);
    expect(isOneLineError(r.stderr)).toBe(true);
    expect(r.stderr).toContain('not empty; pass --force');
    expect(await listFiles(out)).toEqual(['notes.txt']);
    const forced = await runBin(['bundle', design, '-o', out, '--force', '--date', '2026-08-22']);
    expect(forced.code).toBe(0);
    expect(await listFiles(out)).toContain('deploy.sh');
    expect(await readFile(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('refuses a design with errors (exit 1) unless --force, like export', async () => {
    const bad = await writeText(dir, 'one-az.eksdesign', oneAzDesignText());
    const out = path.join(dir, 'bad');
    const r = await runBin(['bundle', bad, '-o', out, '--date', '2026-11-28']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('vpc.cluster-subnets-two-azs');
    expect(r.stderr).toMatch(/no bundle: the design has \d+ error-level findings; fix them, or pass --force/);
    await expect(stat(out)).rejects.toThrow();
    const forced = await runBin(['bundle', bad, '-o', out, '--force', '--date', '2026-11-28']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/warning: bundled with \d+ error-level findings because of --force/);
    expect(await listFiles(out)).toContain('DEPLOY.md');
  });

  it('exits 2 on bad input: no -o, a bad --lang, a missing file', async () => {
    for (const args of [
      ['bundle', design],
      ['bundle', design, '-o', path.join(dir, 'x'), '--lang', 'fr'],
      ['bundle', path.join(dir, 'missing.eksdesign'), '-o', path.join(dir, 'y')],
    ]) {
      const r = await runBin(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(isOneLineError(r.stderr), r.stderr).toBe(true);
    }
  });
});

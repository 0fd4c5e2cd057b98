/**
 * `eks-sandbox import`, and eksctl YAML given straight to validate and export: the design it writes, the
 * exact round trip through the command line, and one-line errors naming the line and field.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseDesignText } from '../shared/model/document.js';
import { fixtureText } from '../test-support/eksctl-fixtures.js';
import { runCli } from './main.js';
import { writeText } from './test-support/designs.js';
import { isOneLineError, runBin, tempDir } from './test-support/run-bin.js';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    now: () => new Date('2026-11-28T12:00:00Z'),
  });
  return { code, stdout, stderr };
}

const yamlValue = (text: string) => parseDocument(text, { version: '1.1' }).toJS();

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

describe('eks-sandbox import', () => {
  it('writes a design that exports back to the same config', async () => {
    const source = await writeText(dir, 'cluster-25.yaml', fixtureText('25-addons.yaml'));
    const out = path.join(dir, 'cluster-25.eksdesign');
    const r = await run('import', source, '-o', out);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^Wrote .*cluster-25\.eksdesign: cluster "cluster-25" as \d+ parts\.\n$/);
    const doc = parseDesignText(await readFile(out, 'utf8'));
    expect(doc.design.parts.some((p) => p.kind === 'cluster' && p.name === 'cluster-25')).toBe(true);
    const exported = await run('export', out, '--force');
    expect(exported.code).toBe(0);
    expect(yamlValue(exported.stdout)).toEqual(yamlValue(fixtureText('25-addons.yaml')));
  });

  it('refuses to replace an existing design without --force', async () => {
    const source = await writeText(dir, 'c1.yaml', fixtureText('01-simple-cluster.yaml'));
    const out = await writeText(dir, 'existing.eksdesign', 'keep me');
    const r = await run('import', source, '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already exists/);
    expect(await readFile(out, 'utf8')).toBe('keep me');
  });

  it('needs -o', async () => {
    const r = await run('import', 'x.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/-o\/--output: is required/);
  });

  it('names the line and the field of a config eksctl would refuse', async () => {
    const source = await writeText(dir, 'bad-type.yaml', fixtureText('bad-type-1.yaml'));
    const r = await runBin(['import', source, '-o', path.join(dir, 'never.eksdesign')]);
    expect(r.code).toBe(2);
    expect(isOneLineError(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(/bad-type\.yaml: not a usable eksctl ClusterConfig: line 8, metadata\.version: .*quote it/);
  });
});

describe('validate and export with eksctl YAML', () => {
  it('validates a cluster.yaml directly, with the findings of the imported design', async () => {
    const old = await writeText(dir, 'old.yml', fixtureText('25-addons.yaml'));
    const r = await run('validate', old, '--date', '2026-11-28', '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { diagnostics: { ruleId: string; severity: string }[] };
    expect(report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual(['cluster.version-supported']);
    const clean = await writeText(dir, 'clean.yaml', fixtureText('01-simple-cluster.yaml'));
    expect((await run('validate', clean, '--date', '2026-11-28')).code).toBe(0);
  });

  it('recognises eksctl YAML by its content whatever the extension', async () => {
    const text = fixtureText('16-fargate-profile.yaml').replace(/^(#.*\n|---\n|\n)*/, '');
    const file = await writeText(dir, 'cluster.txt', text);
    const r = await run('export', file);
    expect(r.code).toBe(0);
    expect(yamlValue(r.stdout)).toEqual(yamlValue(text));
  });

  it('exports a cluster.yaml unchanged, refusing error-level findings unless forced', async () => {
    const file = await writeText(dir, 'hybrid.yaml', fixtureText('43-hybrid-nodes.yaml'));
    const refused = await run('export', file, '--date', '2026-11-28');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/cluster\.version-supported/);
    const forced = await run('export', file, '--date', '2026-11-28', '--force');
    expect(forced.code).toBe(0);
    expect(yamlValue(forced.stdout)).toEqual(yamlValue(fixtureText('43-hybrid-nodes.yaml')));
  });

  it('says why a .yaml that is no ClusterConfig cannot be validated', async () => {
    const file = await writeText(dir, 'pod.yaml', 'apiVersion: v1\nkind: Pod\n');
    const r = await run('validate', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pod\.yaml: not a usable eksctl ClusterConfig: line 1, apiVersion: not an eksctl ClusterConfig/);
  });
});

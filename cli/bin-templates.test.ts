/**
 * Every template through the real binary, as a new user would go: list, new, validate, export. The YAML
 * must pass the eksctl schema and be the same bytes on every run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDesignText } from '../shared/model/document.js';
import { validateEksctlConfig } from '../shared/eksctl/schema-validator.js';
import { loadTemplate, TEMPLATES } from '../templates/index.js';
import { isOneLineError, runBin, tempDir } from './test-support/run-bin.js';

let dir: string;
let cleanup: () => Promise<void>;
const ids = TEMPLATES.map((t) => t.id);

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

describe('eks-sandbox templates', () => {
  it('lists six templates with ids and English titles as JSON', async () => {
    const r = await runBin(['templates', '--format', 'json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; title: string }[];
    expect(list).toHaveLength(6);
    for (const t of list) {
      expect(Object.keys(t).sort()).toEqual(['id', 'title']);
      expect(t.id).toMatch(/^[a-z0-9-]+$/);
      expect(t.title).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(list).toEqual(TEMPLATES.map((t) => ({ id: t.id, title: t.title.en })));
  });

  it('lists the same six as text, one per line', async () => {
    const r = await runBin(['templates']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(ids);
  });
});

describe.each(TEMPLATES.map((t) => t.id))('template %s', (id) => {
  it('goes new -> validate (exit 0) -> export (schema-valid YAML, the same bytes twice)', async () => {
    const file = path.join(dir, `${id}.eksdesign`);
    const created = await runBin(['new', '--template', id, '-o', file]);
    expect(created.code, created.stderr).toBe(0);
    expect(parseDesignText(await readFile(file, 'utf8'))).toEqual(loadTemplate(id));

    const validated = await runBin(['validate', file, '--date', '2026-11-28']);
    expect(validated.code, validated.stdout).toBe(0);

    const first = await runBin(['export', file, '--date', '2026-11-28']);
    expect(first.code, first.stderr).toBe(0);
    expect(validateEksctlConfig(parse(first.stdout)).errors).toEqual([]);
    const second = await runBin(['export', file, '--date', '2026-11-28']);
    expect(second.stdout).toBe(first.stdout);
    // Four processes in a row: allow for a busy machine.
  }, 180_000);
});

describe('new', () => {
  it('refuses to replace an existing file without --force, and replaces it with --force', async () => {
    const file = path.join(dir, 'existing.eksdesign');
    await writeFile(file, 'keep me\n');
    const refused = await runBin(['new', '--template', ids[0]!, '-o', file]);
    expect(refused.code).toBe(2);
    expect(isOneLineError(refused.stderr)).toBe(true);
    expect(refused.stderr).toContain(`${file}: already exists; pass --force`);
    expect(await readFile(file, 'utf8')).toBe('keep me\n');

    const forced = await runBin(['new', '--template', ids[0]!, '-o', file, '--force']);
    expect(forced.code).toBe(0);
    expect(parseDesignText(await readFile(file, 'utf8')).format).toBe('eks-sandbox-design');
  });

  it('refuses an unknown template id and names the known ones', async () => {
    const r = await runBin(['new', '--template', 'no-such-template', '-o', path.join(dir, 'x.eksdesign')]);
    expect(r.code).toBe(2);
    expect(isOneLineError(r.stderr)).toBe(true);
    expect(r.stderr).toContain('unknown template "no-such-template"');
    expect(r.stderr).toContain(ids[0]!);
  });
});

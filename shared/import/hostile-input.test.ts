/**
 * Hostile or broken input to the importer: always an EksctlImportError with a message (and a line where
 * there is one), never a crash, a hang or a polluted Object.prototype.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { EksctlImportError, importEksctlYaml, MAX_EKSCTL_YAML_CHARS } from '../round-trip/index.js';

const HEAD =
  'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: c1\n  region: us-east-1\n  version: "1.34"\n';

function refusal(text: string): EksctlImportError {
  try {
    importEksctlYaml(text);
  } catch (err) {
    expect(err).toBeInstanceOf(EksctlImportError);
    return err as EksctlImportError;
  }
  throw new Error('expected the import to be refused');
}

afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

describe('importEksctlYaml on bad input', () => {
  it('refuses empty and comment-only text', () => {
    expect(refusal('').message).toMatch(/empty/);
    expect(refusal('# nothing\n\n  # here\n').message).toMatch(/empty/);
  });

  it('refuses binary data with the line it starts on', () => {
    const err = refusal(`${HEAD}\u0000\u0001\u0002`);
    expect(err.message).toMatch(/binary/);
    expect(err.line).toBe(7);
  });

  it('refuses text that is not YAML, naming the line', () => {
    const err = refusal(`${HEAD}nodeGroups: [ {name: a\n`);
    expect(err.message).toMatch(/not valid YAML/);
    expect(err.line).toBeGreaterThanOrEqual(7);
  });

  it('reads the first of several documents, as eksctl does, and warns at the line where the rest begins', () => {
    const second = HEAD.replace('name: c1', 'name: c2');
    const result = importEksctlYaml(`${HEAD}---\n${second}---\nnot: [valid\n`);
    expect(result.document.design.parts.find((p) => p.kind === 'cluster')?.name).toBe('c1');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]!.line).toBe(7);
    expect(result.warnings[0]!.text.id).toBe('import-reason.later-documents-ignored');
    // The first document's own problems still refuse the file.
    expect(refusal(`${HEAD}nodeGroups: [ {name: a\n---\n${HEAD}`).message).toMatch(/not valid YAML/);
  });

  it('refuses an empty node group entry as eksctl does ("invalid ClusterConfig: nodeGroups[1] is not set")', () => {
    const err = refusal(`${HEAD}nodeGroups:\n  - name: a\n  -\n  - name: b\n`);
    expect(err.message).toMatch(/nodeGroups\[1\] is not set/);
    expect(err.line).toBe(9);
    expect(refusal(`${HEAD}managedNodeGroups:\n  - null\n`).message).toMatch(/managedNodeGroups\[0\] is not set/);
  });

  it('refuses an empty entry where eksctl would dereference a nil pointer, at its line', () => {
    const addon = refusal(`${HEAD}addons:\n  - name: vpc-cni\n  -\n`);
    expect(addon.message).toMatch(/addons\[1\] is an empty entry/);
    expect(addon.line).toBe(9);
    expect(refusal(`${HEAD}fargateProfiles:\n  - ~\n`).message).toMatch(/fargateProfiles\[0\] is an empty entry/);
    expect(refusal(`${HEAD}iam:\n  serviceAccounts: [null]\n`).message).toMatch(/iam\.serviceAccounts\[0\]/);
    expect(refusal(`${HEAD}managedNodeGroups:\n  - name: a\n    additionalVolumes: [null]\n`).message).toMatch(
      /managedNodeGroups\[0\]\.additionalVolumes\[0\]/,
    );
  });

  it('reads an empty entry of a list of values as the empty object eksctl decodes it to', () => {
    const { config } = importEksctlYaml(`${HEAD}accessConfig:\n  accessEntries:\n    - null\n`);
    expect((config['accessConfig'] as { accessEntries: unknown[] }).accessEntries).toEqual([{}]);
  });

  it('refuses a section that is not a mapping, as eksctl cannot decode it into its struct', () => {
    const metadata = refusal('apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: ""\n');
    expect([metadata.path, metadata.line]).toEqual(['metadata', 3]);
    expect(refusal(`${HEAD}vpc: 5\n`).path).toBe('vpc');
    expect(refusal(`${HEAD}managedNodeGroups: [5]\n`).path).toBe('managedNodeGroups[0]');
  });

  it('accepts a single document that starts with ---', () => {
    expect(importEksctlYaml(`---\n${HEAD}`).document.design.name).toBe('c1');
  });

  it('refuses a 20 MB file before parsing it', () => {
    const big = HEAD + `# ${'x'.repeat(78)}\n`.repeat((20 * 1024 * 1024) / 80);
    expect(big.length).toBeGreaterThan(MAX_EKSCTL_YAML_CHARS);
    expect(refusal(big).message).toMatch(/larger than 4 MB/);
  });

  it('refuses an alias bomb', () => {
    let bomb = `${HEAD}a0: &a0 [x, x, x, x, x, x, x, x, x]\n`;
    for (let i = 1; i <= 9; i++)
      bomb += `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    expect(refusal(bomb).message).toMatch(/alias/);
  });

  it('refuses 10,000-deep nesting in flow and block style', () => {
    expect(refusal(`${HEAD}x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`).message).toMatch(/nested|deep/);
    let block = HEAD;
    for (let i = 0; i < 10_000; i++) block += `${' '.repeat(i % 60)}- \n`;
    expect(() => importEksctlYaml(block)).toThrow(EksctlImportError);
    const deepMap = `${HEAD}${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`;
    expect(refusal(deepMap).message).toMatch(/nested more than 64 levels/);
  });

  it('refuses __proto__, constructor and prototype keys without touching Object.prototype', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const err = refusal(`${HEAD}  tags:\n    ${key}:\n      polluted: "yes"\n`);
      expect(err.message).toContain(`"${key}"`);
      expect(err.path).toBe(`metadata.tags.${key}`);
      expect(err.line).toBe(8);
    }
    expect(refusal(`${HEAD}<<: {__proto__: {polluted: true}}\n`).message).toMatch(/__proto__/);
  });

  it('refuses YAML that is not a ClusterConfig', () => {
    expect(refusal('- a\n- b\n').message).toMatch(/found a list/);
    expect(refusal('just text\n').message).toMatch(/found a string/);
    expect(refusal('apiVersion: v1\nkind: Pod\n').message).toMatch(/not an eksctl ClusterConfig/);
    const design = refusal('{"format": "eks-sandbox-design", "schemaVersion": 1, "design": {}}');
    expect(design.message).toMatch(/not an eksctl ClusterConfig/);
  });

  it('says to quote a version YAML reads as a number', () => {
    const err = refusal(HEAD.replace('version: "1.34"', 'version: 1.30'));
    expect(err.message).toMatch(/YAML reads 1\.30 as a number: quote it, e\.g\. "1\.30"/);
    expect(err.path).toBe('metadata.version');
    expect(err.line).toBe(6);
  });

  it('names wrong types and unknown fields, with a suggestion for near misses', () => {
    const wrongType = refusal(`${HEAD}managedNodeGroups:\n  - name: a\n    desiredCapacity: "two"\n`);
    expect(wrongType.path).toBe('managedNodeGroups[0].desiredCapacity');
    expect(wrongType.message).toMatch(/must be integer/);
    expect(wrongType.line).toBe(9);
    const typo = refusal(`${HEAD}managedNodeGroups:\n  - name: a\n    instanceTyp: m5.large\n`);
    expect(typo.message).toMatch(/unknown field "instanceTyp"; did you mean "instanceType"\?/);
    expect(typo.line).toBe(9);
    const far = refusal(`${HEAD}colour: blue\n`);
    expect(far.message).toBe('line 7, colour: unknown field "colour"');
  });

  it('reads YAML 1.1 booleans as eksctl does', () => {
    const { config } = importEksctlYaml(`${HEAD}iam:\n  withOIDC: yes\n`);
    expect(config['iam']).toEqual({ withOIDC: true });
  });
});

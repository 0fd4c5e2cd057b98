/**
 * `validate --format sarif`: the log is valid against the OASIS SARIF 2.1.0 schema (vendored), and every result
 * points at the right line: the part's `"id"` line of a design file, the field's line of a cluster.yaml.
 * The expected lines are found by searching the file's text, not by the code under test.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSarifLog, type SarifFinding } from '../shared/sarif/sarif-log.js';
import { runCli } from './main.js';
import { oneAzDesignText, writeText } from './test-support/designs.js';
import { REPO_ROOT, tempDir } from './test-support/run-bin.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  properties: { partIds: string[]; configPath?: string };
  suppressions?: unknown[];
}
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri?: string; help: { text: string } }[] } };
    results: SarifResult[];
  }[];
}

async function sarifValidator() {
  const schema = JSON.parse(await readFile(path.join(REPO_ROOT, 'shared/sarif/schema/sarif-schema-2.1.0.json'), 'utf8'));
  // Draft-04 -> draft-07: only the schema's own id is spelled differently (see schema/README.md).
  const { id, $schema: _draft04, ...rest } = schema as { id: string; $schema: string };
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/\s/.test(s));
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  return ajv.compile({ ...rest, $id: id });
}

async function validateSarif(file: string): Promise<{ code: number; log: SarifLog; stdout: string }> {
  let stdout = '';
  const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true } };
  const args = ['validate', file, '--format', 'sarif', '--date', '2026-11-28'];
  const code = await runCli(args, io);
  return { code, log: JSON.parse(stdout) as SarifLog, stdout };
}

/** 1-based number of the first line of `text` that contains `needle`, searching from line `from`. */
function lineOf(text: string, needle: string, from = 1): number {
  const lines = text.split('\n');
  const index = lines.findIndex((line, i) => i + 1 >= from && line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return index + 1;
}

let validate: Awaited<ReturnType<typeof sarifValidator>>;
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  validate = await sarifValidator();
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

describe('validate --format sarif', () => {
  it('writes a schema-valid log of a faulty design, each result on its part\'s "id" line', async () => {
    const text = oneAzDesignText();
    const file = await writeText(dir, 'one-az.eksdesign', text);
    const { code, log } = await validateSarif(file);
    expect(code).toBe(1);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('EKS Sandbox');
    const results = run.results;
    const twoAzs = results.find((r) => r.ruleId === 'vpc.cluster-subnets-two-azs')!;
    expect(twoAzs).toMatchObject({ level: 'error' });
    expect(twoAzs.message.text).toContain('at least two Availability Zones');
    expect(run.tool.driver.rules[twoAzs.ruleIndex]!.id).toBe('vpc.cluster-subnets-two-azs');
    expect(run.tool.driver.rules[twoAzs.ruleIndex]!.helpUri).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);

    for (const r of results) {
      const location = r.locations[0]!.physicalLocation;
      expect(location.artifactLocation.uri).toBe(`file://${file}`);
      const first = r.properties.partIds[0];
      const expected = first === undefined ? lineOf(text, '"design"') : lineOf(text, `"id": ${JSON.stringify(first)}`);
      expect({ rule: r.ruleId, line: location.region.startLine }).toEqual({ rule: r.ruleId, line: expected });
    }
    // Warnings and infos are there too, at their SARIF levels.
    expect(new Set(results.map((r) => r.level))).toEqual(new Set(['error', 'warning', 'note']));
  });

  it('points a cluster.yaml finding at the line of its field, and part findings at the part entry', async () => {
    const fixture = path.join(REPO_ROOT, 'shared/rules/fixtures/faulty/b-volume-iops-on-gp2.yaml');
    const text = await readFile(fixture, 'utf8');
    const { code, log } = await validateSarif(path.relative(process.cwd(), fixture));
    expect(code).toBe(1);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

    const results = log.runs[0]!.results;
    const volume = results.find((r) => r.ruleId === 'eksctl.ng-volume')!;
    expect(volume.properties.configPath).toBe('managedNodeGroups[0].volumeIOPS');
    const region = volume.locations[0]!.physicalLocation;
    expect(region.region.startLine).toBe(lineOf(text, 'volumeIOPS: 3000'));
    expect(region.artifactLocation.uri).toBe('shared/rules/fixtures/faulty/b-volume-iops-on-gp2.yaml');

    // Findings about the cluster part sit on metadata.name; the rest of this file's findings are about it.
    const partFindings = results.filter((x) => x.properties.configPath === undefined);
    expect(partFindings.length).toBeGreaterThan(0);
    for (const r of partFindings) {
      expect(r.properties.partIds[0]).toBe('cluster');
      expect(r.locations[0]!.physicalLocation.region.startLine).toBe(lineOf(text, 'name: b-volume-iops-on-gp2'));
    }
  });

  // Findings on nested fields: a block value (vpc.nat), a list item's field, a field missing under an existing
  // parent (gitops.flux.flags: the line of flux), each checked against the line that holds the key in the file.
  it.each([
    ['a-nat-ipv6.yaml', 'eksctl.nat-ipv6', 'vpc.nat', '  nat:'],
    ['x-taint-long-value.yaml', 'eksctl.ng-taints', 'managedNodeGroups[0].taints', '    taints:'],
    [
      'c-service-account-duplicate.yaml',
      'eksctl.service-account-fields',
      'iam.serviceAccounts[1].metadata',
      '    - metadata:',
      13,
    ],
    ['c-flux-without-flags.yaml', 'eksctl.gitops-flux', 'gitops.flux.flags', '  flux:'],
    [
      'd-private-cluster-skip-with-additional.yaml',
      'eksctl.private-cluster-endpoint-services',
      'privateCluster.additionalEndpointServices',
      '  additionalEndpointServices:',
    ],
  ] as [string, string, string, string, number?][])(
    'points %s (%s) at the line of %s',
    async (name, ruleId, configPath, needle, from = 1) => {
      const fixture = path.join(REPO_ROOT, 'shared/rules/fixtures/faulty', name);
      const text = await readFile(fixture, 'utf8');
      const { log } = await validateSarif(fixture);
      expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      const result = log.runs[0]!.results.find((r) => r.ruleId === ruleId)!;
      expect(result.properties.configPath).toBe(configPath);
      expect(result.locations[0]!.physicalLocation.region.startLine).toBe(lineOf(text, needle, from));
    },
  );

  it('marks a suppressed finding with an in-source suppression and its reason, still schema-valid', () => {
    const finding: SarifFinding = {
      ruleId: 'cluster.secrets-encryption',
      severity: 'info',
      partIds: ['cluster'],
      messageKey: 'cluster.secrets-encryption.message',
      fixKey: 'cluster.secrets-encryption.fix',
      params: { cluster: 'demo' },
      source: 'https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html',
      suppression: { reason: 'Sandbox cluster, no secrets', expires: '2027-01-31' },
    };
    const log = buildSarifLog([finding, { ...finding, partIds: ['other'], suppression: undefined }], {
      artifactUri: 'designs/demo.eksdesign',
      locate: () => ({ line: 3, column: 5 }),
    }) as unknown as SarifLog;
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const [suppressed, open] = log.runs[0]!.results;
    expect(suppressed!.suppressions).toEqual([
      { kind: 'inSource', justification: 'Sandbox cluster, no secrets', properties: { expires: '2027-01-31' } },
    ]);
    expect(open!.suppressions).toBeUndefined();
    expect(log.runs[0]!.tool.driver.rules).toHaveLength(1);
  });

  it('fails schema validation when a result loses its message (the check is not vacuous)', async () => {
    const file = await writeText(dir, 'one-az-2.eksdesign', oneAzDesignText());
    const { log } = await validateSarif(file);
    delete (log.runs[0]!.results[0] as Partial<SarifResult>).message;
    expect(validate(log)).toBe(false);
  });
});

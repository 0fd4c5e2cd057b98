/** `eks-sandbox manifests` in-process: output, refusal, --force, languages, bad input and exit codes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { serializeDesign } from '../shared/model/document.js';
import { loadTemplate } from '../templates/index.js';
import { runCli } from './main.js';
import { oneAzDesignText, writeText } from './test-support/designs.js';
import { tempDir } from './test-support/run-bin.js';

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

let dir: string;
let cleanup: () => Promise<void>;
let microservices: string;
let oneAz: string;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  microservices = await writeText(dir, 'shop.eksdesign', serializeDesign(loadTemplate('microservices')));
  oneAz = await writeText(dir, 'one-az.eksdesign', oneAzDesignText());
});
afterAll(() => cleanup());

describe('eks-sandbox manifests', () => {
  it('prints every manifest of a clean design as one multi-document YAML, each file marked', async () => {
    const r = await run('manifests', microservices);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const kinds = parseAllDocuments(r.stdout).map((d) => (d.toJS() as { kind: string }).kind);
    expect(kinds).toEqual([
      'Namespace',
      'EC2NodeClass',
      'NodePool',
      ...['Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget'],
      ...['Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget'],
      'Ingress',
      ...['ServiceAccount', 'Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget'],
    ]);
    expect(r.stdout.match(/^# Source: manifests\/.+$/gm)).toEqual([
      '# Source: manifests/00-namespaces.yaml',
      '# Source: manifests/karpenter/default.yaml',
      '# Source: manifests/shop/catalog.yaml',
      '# Source: manifests/shop/frontend.yaml',
      '# Source: manifests/shop/ingress-shop-alb.yaml',
      '# Source: manifests/shop/orders.yaml',
    ]);
  });

  it('writes its comments in Japanese with --lang ja', async () => {
    const r = await run('manifests', microservices, '--lang', 'ja');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# プレースホルダー: ${AWS_ACCOUNT_ID} は 12 桁の AWS アカウント ID です');
    expect(r.stdout).not.toContain('Placeholder:');
  });

  it('refuses a design with errors with exit 1, listing them, like export', async () => {
    const r = await run('manifests', oneAz);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^eks-sandbox: .*one-az\.eksdesign: no manifests: the design has \d+ error-level findings?; fix them, or pass --force/,
    );
    expect(r.stderr).toContain('vpc.cluster-subnets-two-azs');
  });

  it('prints them anyway with --force, saying what it went past', async () => {
    const r = await run('manifests', oneAz, '--force');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^eks-sandbox: warning: printed with \d+ error-level findings? because of --force/);
    expect(parseAllDocuments(r.stdout).every((d) => d.errors.length === 0)).toBe(true);
  });

  it('exits 2 for bad input: a missing file, a bad language, an unknown cluster', async () => {
    expect((await run('manifests', `${dir}/missing.eksdesign`)).code).toBe(2);
    const lang = await run('manifests', microservices, '--lang', 'fr');
    expect(lang.code).toBe(2);
    expect(lang.stderr).toMatch(/--lang must be one of en, ja/);
    const cluster = await run('manifests', microservices, '--cluster', 'nope');
    expect(cluster.code).toBe(2);
    expect(cluster.stderr).toMatch(/no cluster named "nope"; its clusters are: shop-microservices/);
  });

  it('exits 1 for a design without a cluster, saying so', async () => {
    const empty = await writeText(
      dir,
      'empty.eksdesign',
      serializeDesign({
        ...loadTemplate('microservices'),
        design: { name: 'empty', description: '', parts: [], connections: [] },
      }),
    );
    const r = await run('manifests', empty);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no manifests: The design has no EKS cluster/);
  });

  it('shows its help', async () => {
    const r = await run('manifests', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: eks-sandbox manifests <file>/);
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatEksctlErrors, validateEksctlConfig } from '../shared/eksctl/schema-validator.js';
import { exportEksctlYaml } from '../shared/export/index.js';
import { validateDesign } from '../shared/rules/engine.js';
import { renderDiagnostic } from '../shared/rules/messages.js';
import { TEST_CONTEXT } from '../shared/rules/test-support/builder.js';
import { layoutProblems } from '../shared/test-support/layout.js';
import { loadTemplate, TEMPLATES, templateInfo, type TemplateId } from './index.js';
import microservicesDoc from './microservices.json' with { type: 'json' };
import { CURRENT_SCHEMA_VERSION } from '../shared/model/design.js';

const EXPECTED_IDS: TemplateId[] = [
  'microservices',
  'web-application',
  'batch-processing',
  'machine-learning',
  'api-backend',
  'hybrid-cloud',
];

/** What each pattern must still be once exported: the part of the ClusterConfig that makes it that pattern. */
const EXPORTED_PATTERN: Record<TemplateId, object> = {
  microservices: {
    karpenter: { version: expect.any(String) },
    iam: {
      podIdentityAssociations: [
        { serviceAccountName: 'aws-load-balancer-controller' },
        { serviceAccountName: 'external-dns', permissionPolicyARNs: ['arn:aws:iam::aws:policy/AWSCloudMapFullAccess'] },
      ],
    },
    managedNodeGroups: [{ name: 'ng-frontend' }, { name: 'ng-backend' }],
  },
  'web-application': {
    managedNodeGroups: [{ name: 'ng-web' }],
    fargateProfiles: [{ name: 'fp-backoffice', selectors: [{ namespace: 'backoffice' }] }],
  },
  'batch-processing': {
    managedNodeGroups: [
      { name: 'ng-system' },
      { name: 'ng-batch-spot', spot: true, minSize: 0, instanceTypes: ['m5.large', 'm6i.large', 'm7i.large'] },
    ],
  },
  'machine-learning': {
    managedNodeGroups: [
      { name: 'ng-system' },
      { name: 'ng-gpu', instanceType: 'g5.xlarge', taints: [{ key: 'nvidia.com/gpu', effect: 'NoSchedule' }] },
    ],
  },
  'api-backend': { managedNodeGroups: [{ name: 'ng-api' }] },
  'hybrid-cloud': {
    accessConfig: { authenticationMode: 'API' },
    remoteNetworkConfig: {
      remoteNodeNetworks: [{ cidrs: ['192.168.0.0/20'] }],
      remotePodNetworks: [{ cidrs: ['192.168.64.0/18'] }],
    },
    managedNodeGroups: [{ name: 'ng-cloud' }],
  },
};

describe('template catalogue', () => {
  it('lists the six patterns in order', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(EXPECTED_IDS);
  });

  it('refuses an unknown id and names the known ones', () => {
    expect(() => loadTemplate('serverless')).toThrow(
      /unknown template "serverless".*microservices, web-application, batch-processing, machine-learning, api-backend, hybrid-cloud/,
    );
  });

  it('hands out a fresh copy each time', () => {
    const first = loadTemplate('microservices');
    first.design.parts.length = 0;
    first.design.name = 'edited';
    const second = loadTemplate('microservices');
    expect(second.design.parts.length).toBeGreaterThan(0);
    expect(second.design.name).toBe('Microservices on EKS');
  });
});

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('template %s', (id, info) => {
  const doc = loadTemplate(id);
  const { design } = doc;

  it('is a current design document whose English texts match the catalogue', () => {
    expect(doc.format).toBe('eks-sandbox-design');
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(design.name).toBe(info.title.en);
    expect(design.description).toBe(info.description.en);
  });

  it('has a title and a description in English and Japanese', () => {
    for (const text of [info.title.en, info.description.en]) expect(text.trim().length).toBeGreaterThan(10);
    for (const text of [info.title.ja, info.description.ja]) expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('explains every part in English and Japanese', () => {
    const ids = design.parts.map((p) => p.id);
    const withoutNote = design.parts.filter((p) => p.note.trim().length < 20).map((p) => p.id);
    expect(withoutNote).toEqual([]);
    expect(Object.keys(info.notesJa).sort()).toEqual([...ids].sort());
    for (const note of Object.values(info.notesJa)) expect(note).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('is laid out without overlaps, every part inside its container', () => {
    expect(layoutProblems(design)).toEqual([]);
  });

  it('uses names AWS and eksctl accept', () => {
    const bad = design.parts.filter((p) => !/^[a-z][a-z0-9-]{0,62}$/.test(p.name) || p.name.endsWith('-')).map((p) => p.name);
    expect(bad).toEqual([]);
    for (const lb of design.parts.filter((p) => p.kind === 'alb' || p.kind === 'nlb')) {
      expect(lb.name.length).toBeLessThanOrEqual(32);
      expect(lb.name.startsWith('internal-')).toBe(false);
    }
  });

  it('has the common baseline: a 10.x.0.0/16 VPC with public and private subnets in three AZs, EKS 1.35', () => {
    const vpcs = design.parts.filter((p) => p.kind === 'vpc');
    expect(vpcs).toHaveLength(1);
    expect(vpcs[0]!.props).toMatchObject({ natGateway: 'HighlyAvailable' });
    expect((vpcs[0]!.props as { cidr: string }).cidr).toMatch(/^10\.\d{1,3}\.0\.0\/16$/);
    const subnets = design.parts.flatMap((p) => (p.kind === 'subnet' ? [p.props] : []));
    for (const access of ['public', 'private'] as const) {
      expect(new Set(subnets.filter((s) => s.access === access).map((s) => s.availabilityZone)).size).toBe(3);
    }
    const clusters = design.parts.flatMap((p) => (p.kind === 'cluster' ? [p.props] : []));
    expect(clusters).toHaveLength(1);
    const cluster = clusters[0]!;
    expect(cluster.version).toBe('1.35');
    expect(cluster.logging.length).toBeGreaterThanOrEqual(3);
    expect(cluster.secretsEncryptionKeyArn).toMatch(new RegExp(`^arn:aws:kms:${cluster.region}:\\d{12}:key/[0-9a-f-]{36}$`));
    for (const s of subnets) expect(s.availabilityZone.startsWith(cluster.region)).toBe(true);
  });

  it('passes every rule without errors or warnings', () => {
    const findings = validateDesign(design, TEST_CONTEXT).filter((d) => d.severity !== 'info');
    const described = findings.map(
      (d) => `${d.severity} ${d.ruleId} [${d.partIds.join(', ')}]: ${renderDiagnostic(d, 'en').message}`,
    );
    expect(described, `rule findings on template "${id}"`).toEqual([]);
  });

  it('exports a cluster.yaml that the eksctl schema accepts and that keeps the pattern', () => {
    // No `force`: the exporter refuses a design with rule errors, so this also proves the template is clean.
    const { yaml } = exportEksctlYaml(design, { ctx: TEST_CONTEXT });
    const config: unknown = parse(yaml);
    expect(formatEksctlErrors(validateEksctlConfig(config).errors)).toBe('');
    const cluster = design.parts.find((p) => p.kind === 'cluster')!;
    expect(config).toMatchObject({
      metadata: { name: cluster.name, region: (cluster.props as { region: string }).region, version: '1.35' },
      ...EXPORTED_PATTERN[id],
    });
  });
});

describe('the Japanese texts of a template (templates/ja/<id>.json)', () => {
  const doc = microservicesDoc;
  const ja = { title: 'マイクロサービス', description: 'サービスの構成です。', notes: { 'ecr-frontend': 'リポジトリです。' } };

  it('are checked when loaded: every field present and Japanese, notes only for parts the design has', () => {
    expect(templateInfo('microservices', doc, ja).title).toEqual({ en: 'Microservices on EKS', ja: 'マイクロサービス' });
    expect(() => templateInfo('microservices', doc, { ...ja, title: undefined })).toThrow(
      'templates/ja/microservices.json is malformed at title',
    );
    expect(() => templateInfo('microservices', doc, { ...ja, description: 'Microservices on EKS' })).toThrow(
      /malformed at description: not Japanese/,
    );
    expect(() => templateInfo('microservices', doc, { ...ja, extra: 1 })).toThrow(/malformed/);
    expect(() => templateInfo('microservices', doc, { ...ja, notes: { 'ecr-frontnd': 'リポジトリです。' } })).toThrow(
      'has notes for parts the design does not have: ecr-frontnd',
    );
  });
});

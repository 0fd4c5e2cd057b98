/**
 * A workload's IAM policy ARNs: cluster.yaml creates its role (IRSA service account or Pod Identity association)
 * under the name the manifests' service account uses; eksctl's schema and the eksctl rules accept it; an import
 * brings the workload back with the same account and policies, and exports the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateEksctlConfig } from '../eksctl/schema-validator.js';
import { exportEksctlYaml } from '../export/index.js';
import { generateManifests } from '../manifests/index.js';
import { parseDesignText, serializeDesign, toDocument } from '../model/document.js';
import type { Design } from '../model/design.js';
import type { PartOf } from '../model/parts.js';
import { writtenSchemaVersion } from '../model/written-version.js';
import { validateDesign } from '../rules/engine.js';
import { baselineBuilder, TEST_CONTEXT } from '../rules/test-support/builder.js';
import { importEksctlYaml } from './index.js';

const S3 = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
const OWN = 'arn:aws:iam::111122223333:policy/team/orders-queue';

function design(identity: 'irsa' | 'pod-identity'): Design {
  const { b, cluster, nodeGroup } = baselineBuilder();
  cluster.props.controllerIdentity = identity;
  b.workload(nodeGroup, { namespace: 'shop', usesAwsApis: true, iamPolicyArns: [S3, OWN], readinessPath: '/healthz' });
  // Calls AWS APIs but lists no policies: its role stays a comment, as before.
  b.workload(nodeGroup, { namespace: 'shop', usesAwsApis: true, readinessPath: '/healthz' });
  return b.build();
}

/** The YAML below its first line (which names the design, and an import is named after the cluster). */
const body = (yaml: string) => yaml.slice(yaml.indexOf('\n') + 1);

const workloads = (d: Design) =>
  d.parts
    .filter((p): p is PartOf<'workload'> => p.kind === 'workload' && p.props.iamPolicyArns !== undefined)
    .map((w) => ({ name: w.name, namespace: w.props.namespace, arns: w.props.iamPolicyArns, aws: w.props.usesAwsApis }));

describe('workload IAM policies in cluster.yaml', () => {
  it('IRSA: an iam.serviceAccounts entry (roleOnly) named as the manifests annotate it, with OIDC on', () => {
    const d = design('irsa');
    const { yaml, diagnostics } = exportEksctlYaml(d, { ctx: TEST_CONTEXT });
    expect(diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    const config = parse(yaml);
    expect(validateEksctlConfig(config).errors).toEqual([]);
    expect(config.iam.withOIDC).toBe(true);
    const entry = config.iam.serviceAccounts.find((s: { metadata: { namespace: string } }) => s.metadata.namespace === 'shop');
    expect(entry).toEqual({
      metadata: { name: 'workload-2', namespace: 'shop' },
      attachPolicyARNs: [S3, OWN],
      roleName: 'demo-1-shop-workload-2',
      roleOnly: true,
    });
    expect(
      config.iam.serviceAccounts.filter((s: { metadata: { namespace: string } }) => s.metadata.namespace === 'shop'),
    ).toHaveLength(1);
    const set = generateManifests(d);
    const sa = set.files.flatMap((f) => f.objects).find((o) => o.kind === 'ServiceAccount' && o.metadata.name === 'workload-2')!;
    expect(sa.metadata.annotations!['eks.amazonaws.com/role-arn']).toBe(
      'arn:aws:iam::${AWS_ACCOUNT_ID}:role/demo-1-shop-workload-2',
    );
    expect(set.warnings).toEqual([]);
    const text = set.files.map((f) => f.yaml).join('\n');
    expect(text).toMatch(/cluster\.yaml creates role demo-1-shop-workload-2 with the workload's 2 policy ARN/);
    // The workload without policies still gets the command to create its role by hand.
    expect(text).toMatch(/eksctl create iamserviceaccount --cluster demo-1 --namespace shop --name workload-3/);
  });

  it('Pod Identity: an iam.podIdentityAssociations entry with the role name and the permission policies', () => {
    const d = design('pod-identity');
    const { yaml, diagnostics } = exportEksctlYaml(d, { ctx: TEST_CONTEXT });
    expect(diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    const config = parse(yaml);
    expect(validateEksctlConfig(config).errors).toEqual([]);
    expect(config.iam.podIdentityAssociations).toContainEqual({
      namespace: 'shop',
      serviceAccountName: 'workload-2',
      roleName: 'demo-1-shop-workload-2',
      permissionPolicyARNs: [S3, OWN],
    });
    expect(config.iam.serviceAccounts).toBeUndefined();
    expect(
      generateManifests(d, { lang: 'ja' })
        .files.map((f) => f.yaml)
        .join('\n'),
    ).toMatch(/cluster\.yaml がワークロードのポリシー ARN（2 件）を付けてロール demo-1-shop-workload-2 を作成し/);
  });

  it('a workload that does not call AWS APIs exports no role, whatever it lists', () => {
    const d = design('irsa');
    const w = d.parts.find((p): p is PartOf<'workload'> => p.kind === 'workload' && p.props.iamPolicyArns !== undefined)!;
    w.props.usesAwsApis = false;
    const config = parse(exportEksctlYaml(d, { ctx: TEST_CONTEXT, force: true }).yaml);
    expect(
      (config.iam?.serviceAccounts ?? []).some((s: { metadata: { namespace: string } }) => s.metadata.namespace === 'shop'),
    ).toBe(false);
  });

  for (const identity of ['irsa', 'pod-identity'] as const) {
    it(`${identity}: import brings the workload back with its account and policies; the export is the same YAML`, () => {
      const d = design(identity);
      const yaml = exportEksctlYaml(d, { ctx: TEST_CONTEXT }).yaml;
      const imported = importEksctlYaml(yaml).document.design;
      expect(workloads(imported)).toEqual(workloads(d));
      expect(body(exportEksctlYaml(imported, { ctx: TEST_CONTEXT, force: true }).yaml)).toBe(body(yaml));
      // Not only thanks to the recorded origin: the workload part alone writes the entry back.
      const bare = structuredClone(imported);
      for (const p of bare.parts) if (p.kind === 'cluster') delete p.props.eksctlOrigin;
      const again = parse(exportEksctlYaml(bare, { ctx: TEST_CONTEXT, force: true }).yaml);
      expect(again.iam).toEqual(parse(yaml).iam);
      // Deleting the workload on the canvas takes its role out of cluster.yaml.
      const without = structuredClone(bare);
      without.parts = without.parts.filter((p) => p.kind !== 'workload');
      expect(JSON.stringify(parse(exportEksctlYaml(without, { ctx: TEST_CONTEXT, force: true }).yaml).iam ?? {})).not.toContain(
        'shop',
      );
    });
  }

  it('an entry of another shape stays as it was written, not turned into a workload', () => {
    const d = design('irsa');
    const yaml = exportEksctlYaml(d, { ctx: TEST_CONTEXT }).yaml.replace(
      'roleName: demo-1-shop-workload-2',
      'roleName: hand-made',
    );
    const imported = importEksctlYaml(yaml).document.design;
    expect(workloads(imported)).toEqual([]);
    expect(body(exportEksctlYaml(imported, { ctx: TEST_CONTEXT, force: true }).yaml)).toBe(body(yaml));
  });
});

describe('workload IAM policies in the design file', () => {
  it('are written as schema version 4 only when used, and load back', () => {
    const d = design('irsa');
    expect(writtenSchemaVersion(d)).toBe(4);
    const text = serializeDesign(toDocument(d));
    expect(JSON.parse(text).schemaVersion).toBe(4);
    expect(parseDesignText(text).design).toEqual(d);
    const plain = baselineBuilder().b.build();
    expect(writtenSchemaVersion(plain)).toBe(2);
  });

  it('refuse a malformed ARN with the path and what an ARN looks like', () => {
    const d = design('irsa');
    const doc = JSON.parse(serializeDesign(toDocument(d)));
    const w = doc.design.parts.find((p: { props: { iamPolicyArns?: string[] } }) => p.props.iamPolicyArns);
    w.props.iamPolicyArns = ['arn:aws:s3:::my-bucket'];
    expect(() => parseDesignText(JSON.stringify(doc))).toThrow(/iamPolicyArns.*arn:aws:iam::aws:policy\/AmazonS3ReadOnlyAccess/s);
  });

  it('pass every rule (no error) on both identities', () => {
    for (const identity of ['irsa', 'pod-identity'] as const)
      expect(validateDesign(design(identity), TEST_CONTEXT).filter((x) => x.severity === 'error')).toEqual([]);
  });
});

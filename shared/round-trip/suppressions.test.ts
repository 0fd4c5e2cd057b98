/**
 * Suppressions survive design -> cluster.yaml -> design: the export writes them into metadata.annotations
 * (eks-sandbox.io/suppressions), the import puts them back on the parts they name. Checked on every template
 * with a suppression on the design and on each part cluster.yaml describes, against eksctl's schema, and
 * with a YAML 1.1 parser (eksctl's). Parts are matched afterwards by what the canvas shows (kind and name, a
 * subnet by its access and zone), not by the annotation's own naming, so a naming slip on either side fails.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { fixtureText } from '../../test-support/eksctl-fixtures.js';
import { formatEksctlErrors, validateEksctlConfig } from '../eksctl/schema-validator.js';
import { ANNOTATED_KINDS, SUPPRESSIONS_ANNOTATION } from '../eksctl/suppression-annotation.js';
import { insertPart } from '../editor/commands.js';
import { addSuppression } from '../editor/suppressions.js';
import { ExportRefusedError, exportEksctlYaml } from '../export/index.js';
import type { Design } from '../model/design.js';
import { parseDesignText, serializeDesign, toDocument } from '../model/document.js';
import type { Part } from '../model/parts.js';
import { hasSuppressions } from '../model/suppressions.js';
import { checkDesign } from '../rules/engine.js';
import { TEST_CONTEXT } from '../rules/test-support/builder.js';
import { loadTemplate, TEMPLATES } from '../../templates/index.js';
import { importEksctlYaml } from './index.js';

/** How the canvas tells a part apart, independent of ids, layout and the annotation's naming. */
function identity(p: Part): string {
  if (p.kind === 'subnet') return `subnet ${p.props.access} ${p.props.availabilityZone}`;
  if (p.kind === 'workload') return `workload ${p.props.namespace}/${p.name}`;
  if (p.kind === 'vpc' || p.kind === 'on-prem-network') return p.kind;
  return `${p.kind} ${p.name}`;
}

/** Every suppression of the design, as `identity: rule, reason, expires`, sorted. */
function suppressionsOf(design: Design): string[] {
  const line = (owner: string, s: { ruleId: string; reason: string; expires?: string | undefined }) =>
    `${owner}: ${s.ruleId} | ${s.reason} | ${s.expires ?? '-'}`;
  return [
    ...(design.suppressions ?? []).map((s) => line('design', s)),
    ...design.parts.flatMap((p) => (p.suppressions ?? []).map((s) => line(identity(p), s))),
  ].sort();
}

/** The design with a suppression on itself and on every part of a kind cluster.yaml describes. */
function suppressEverything(design: Design): Design {
  let out = addSuppression(
    design,
    {},
    { ruleId: 'cluster.control-plane-logging', reason: 'lab: no audit logs', expires: '2027-03-31' },
  );
  const kinds = new Set<string>(ANNOTATED_KINDS);
  for (const p of design.parts) {
    // Workloads travel when cluster.yaml creates their IAM role.
    if (p.kind === 'workload' && !(p.props.usesAwsApis && (p.props.iamPolicyArns?.length ?? 0) > 0)) continue;
    if (!kinds.has(p.kind)) continue;
    out = addSuppression(out, { partId: p.id }, { ruleId: `test.${p.kind}`, reason: `accepted for "${p.name}": it's 'quoted'` });
    out = addSuppression(
      out,
      { partId: p.id },
      { ruleId: 'design.example', reason: '日本語の理由、〜まで', expires: '2027-12-01' },
    );
  }
  return out;
}

describe('suppressions through cluster.yaml', () => {
  it.each(TEMPLATES.map((t) => t.id))('%s: design -> cluster.yaml -> design keeps every suppression', (id) => {
    const template = loadTemplate(id).design;
    const design = suppressEverything(template);
    const plain = exportEksctlYaml(template, { ctx: TEST_CONTEXT, force: true });
    const exported = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true });

    // eksctl accepts it (annotations are a map of strings it ignores), and reads the same config back.
    expect(formatEksctlErrors(validateEksctlConfig(exported.config).errors)).toBe('');
    const doc = parseDocument(exported.yaml, { version: '1.1' });
    expect(doc.errors).toEqual([]);
    expect(doc.toJS()).toEqual(exported.config);
    // The annotation is all that changed: without its lines the text is the plain export's.
    const lines = exported.yaml.split('\n');
    const at = lines.findIndex((l) => l.trim() === 'annotations:');
    expect(lines[at + 1]).toMatch(/^ {4}eks-sandbox\.io\/suppressions: '\[\{"kind":"design",/);
    expect([...lines.slice(0, at), ...lines.slice(at + 2)].join('\n')).toBe(plain.yaml);

    const imported = importEksctlYaml(exported.yaml);
    expect(imported.warnings).toEqual([]);
    expect(suppressionsOf(imported.document.design)).toEqual(suppressionsOf(design));
    // Every annotated kind the template has carried some.
    const carried = new Set(imported.document.design.parts.filter((p) => hasSuppressions({ parts: [p] })).map((p) => p.kind));
    expect(carried).toEqual(new Set(design.parts.filter((p) => (p.suppressions?.length ?? 0) > 0).map((p) => p.kind)));
    // The annotation is consumed: not kept among the cluster's unmodelled fields, written once on re-export.
    const cluster = imported.document.design.parts.find((p) => p.kind === 'cluster')!;
    expect(JSON.stringify(cluster.props)).not.toContain(SUPPRESSIONS_ANNOTATION);
    const again = exportEksctlYaml(imported.document.design, { ctx: TEST_CONTEXT, force: true });
    expect(again.config).toEqual(exported.config);
    // And the imported design saves and loads with them.
    const loaded = parseDesignText(serializeDesign(imported.document)).design;
    expect(suppressionsOf(loaded)).toEqual(suppressionsOf(design));
  });

  it('a design without suppressions gets no annotation, and removing the last one removes it', () => {
    const template = loadTemplate('microservices').design;
    const plain = exportEksctlYaml(template, { ctx: TEST_CONTEXT, force: true });
    expect(plain.config.metadata).not.toHaveProperty('annotations');
    expect(plain.yaml).not.toContain('annotations');
    // Imported with suppressions, all of them removed on the canvas: the export is the plain one again.
    const imported = importEksctlYaml(exportEksctlYaml(suppressEverything(template), { ctx: TEST_CONTEXT, force: true }).yaml);
    const design = imported.document.design;
    const cleared: Design = { ...design, suppressions: [], parts: design.parts.map((p) => ({ ...p, suppressions: [] })) };
    const again = exportEksctlYaml(cleared, { ctx: TEST_CONTEXT, force: true });
    expect(again.config).toEqual(
      exportEksctlYaml(importEksctlYaml(plain.yaml).document.design, { ctx: TEST_CONTEXT, force: true }).config,
    );
    expect(again.yaml).not.toContain('annotations');
  });

  it('an import has none; suppressing its errors lets it export, and they come back from the exported YAML', () => {
    // Amazon Linux 2 node groups on a current version: ng.al2-ami-eol errors (see the README's table).
    const imported = importEksctlYaml(fixtureText('05-advanced-nodegroups.yaml')).document.design;
    expect(hasSuppressions(imported)).toBe(false);
    const before = exportEksctlYaml(imported, { force: true, ctx: TEST_CONTEXT });
    const errors = checkDesign(imported, TEST_CONTEXT).active.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(() => exportEksctlYaml(imported, { ctx: TEST_CONTEXT })).toThrow(ExportRefusedError);

    // Suppress every error on its first part, then save and load the design as a file.
    let design = imported;
    for (const d of errors) {
      const owner = d.partIds[0] === undefined ? {} : { partId: d.partIds[0] };
      const already =
        (owner.partId === undefined ? design.suppressions : design.parts.find((p) => p.id === owner.partId)?.suppressions) ?? [];
      if (already.some((s) => s.ruleId === d.ruleId)) continue;
      design = addSuppression(design, owner, { ruleId: d.ruleId, reason: 'AL2 until the AL2023 rollout', expires: '2027-06-01' });
    }
    const loaded = parseDesignText(serializeDesign(toDocument(design))).design;
    expect(loaded).toEqual(design);

    const after = exportEksctlYaml(loaded, { ctx: TEST_CONTEXT });
    expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(after.suppressed.map((d) => d.ruleId).sort()).toEqual(errors.map((d) => d.ruleId).sort());
    expect(() => exportEksctlYaml(loaded, { ctx: TEST_CONTEXT, suppressions: false })).toThrow(ExportRefusedError);
    // The file as imported, plus the annotation (the origin record keeps the rest byte for byte).
    const { annotations, ...metadata } = after.config.metadata as typeof after.config.metadata & { annotations: object };
    expect({ ...after.config, metadata }).toEqual(before.config);
    expect(Object.keys(annotations)).toEqual([SUPPRESSIONS_ANNOTATION]);

    // The exported file imports with its suppressions, which again let it export.
    const back = importEksctlYaml(after.yaml);
    expect(back.warnings).toEqual([]);
    expect(suppressionsOf(back.document.design)).toEqual(suppressionsOf(design));
    expect(exportEksctlYaml(back.document.design, { ctx: TEST_CONTEXT }).config).toEqual(after.config);
  });

  it("two drawn subnets of one zone in a VPC eksctl creates: their suppressions land on that zone's one subnet", () => {
    const template = loadTemplate('hybrid-cloud').design;
    const vpc = template.parts.find((p) => p.kind === 'vpc')!;
    const inserted = insertPart(template, 'subnet', {
      parentId: vpc.id,
      name: 'extra-priv',
      props: { access: 'private', availabilityZone: 'ap-northeast-1a' },
    });
    const first = inserted.design.parts.find((p) => p.kind === 'subnet' && p.name === 'private-1a')!;
    let design = addSuppression(inserted.design, { partId: first.id }, { ruleId: 'vpc.subnet-size', reason: 'small on purpose' });
    design = addSuppression(design, { partId: inserted.id }, { ruleId: 'vpc.subnet-size', reason: 'the same rule' });
    design = addSuppression(design, { partId: inserted.id }, { ruleId: 'test.extra', reason: 'only the extra one' });
    const exported = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true });
    const back = importEksctlYaml(exported.yaml);
    expect(back.warnings).toEqual([]);
    const owners = back.document.design.parts.filter((p) => p.suppressions);
    expect(owners.map((p) => identity(p))).toEqual(['subnet private ap-northeast-1a']);
    expect(owners[0]!.suppressions!.map((s) => s.ruleId).sort()).toEqual(['test.extra', 'vpc.subnet-size']);
  });

  it('subnets keyed by alias come back on the subnet of that alias', () => {
    const imported = importEksctlYaml(fixtureText('24-nodegroup-subnets.yaml')).document.design;
    const target = imported.parts.find((p) => p.kind === 'subnet' && p.name === 'private-one')!;
    const design = addSuppression(imported, { partId: target.id }, { ruleId: 'vpc.subnet-size', reason: 'a /19 is enough' });
    const exported = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true });
    expect(exported.yaml).toContain('"kind":"subnet","name":"private-one","access":"private"');
    const back = importEksctlYaml(exported.yaml).document.design;
    const owners = back.parts.filter((p) => p.suppressions).map((p) => p.name);
    expect(owners).toEqual(['private-one']);
  });
});

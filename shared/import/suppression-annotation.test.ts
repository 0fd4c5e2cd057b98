/**
 * The suppressions annotation is untrusted text: what cannot be read or placed is a warning saying where and
 * why (in English and Japanese), the rest of the import goes on, and a user's own annotations are kept.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SUPPRESSION_ENTRIES, SUPPRESSIONS_ANNOTATION } from '../eksctl/suppression-annotation.js';
import { localizeError, renderErrorText } from '../errors/localized.js';
import { buildClusterConfig, ExportError, exportEksctlYaml } from '../export/index.js';
import type { Design } from '../model/design.js';
import { MAX_SUPPRESSIONS_PER_OWNER } from '../model/suppressions.js';
import { checkDesign } from '../rules/engine.js';
import { TEST_CONTEXT } from '../rules/test-support/builder.js';
import { importEksctlConfig, importEksctlYaml, type ImportWarning } from '../round-trip/index.js';

/** A cluster with one managed node group and one Fargate profile; `annotations` are YAML lines under metadata. */
function clusterYaml(annotations: string[]): string {
  return [
    'apiVersion: eksctl.io/v1alpha5',
    'kind: ClusterConfig',
    'metadata:',
    '  name: payments',
    '  region: eu-north-1',
    '  version: "1.33"',
    ...(annotations.length > 0 ? ['  annotations:', ...annotations.map((l) => `    ${l}`)] : []),
    'managedNodeGroups:',
    '  - name: spot-batch',
    '    instanceType: m6i.large',
    'fargateProfiles:',
    '  - name: fp-default',
    '    selectors:',
    '      - namespace: default',
    '',
  ].join('\n');
}

const annotation = (entries: unknown) => `eks-sandbox.io/suppressions: '${JSON.stringify(entries).replace(/'/g, "''")}'`;

function texts(warnings: readonly ImportWarning[]) {
  return {
    en: warnings.map((w) => renderErrorText(w.text, 'en')),
    ja: warnings.map((w) => renderErrorText(w.text, 'ja')),
  };
}

const owned = (design: Design) =>
  [
    ...(design.suppressions ?? []).map((s) => `design ${s.ruleId}`),
    ...design.parts.flatMap((p) => (p.suppressions ?? []).map((s) => `${p.kind} ${p.name} ${s.ruleId}`)),
  ].sort();

describe('reading the suppressions annotation', () => {
  const plain = importEksctlYaml(clusterYaml([])).document.design;

  it('malformed JSON: one warning with the line, where and why; the rest imports as without it', () => {
    const r = importEksctlYaml(clusterYaml(['eks-sandbox.io/suppressions: \'[{"kind":"design",\'']));
    expect(texts(r.warnings)).toEqual({
      en: [
        'line 8, metadata.annotations["eks-sandbox.io/suppressions"]: the suppressions are not valid JSON (character 19: the file ends too early (it may have been cut off)); none of them were imported',
      ],
      ja: [
        '8 行目、metadata.annotations["eks-sandbox.io/suppressions"]: 抑制設定が有効な JSON ではありません（19 文字目: ファイルが途中で終わっています（切れている可能性があります））。抑制設定は 1 つもインポートしていません',
      ],
    });
    expect(r.document.design).toEqual(plain);
    // Not carried through either: the export has no annotation left.
    expect(exportEksctlYaml(r.document.design, { ctx: TEST_CONTEXT, force: true }).yaml).not.toContain('annotations');
  });

  it('JSON that is no list: one warning, nothing imported', () => {
    const r = importEksctlYaml(clusterYaml([annotation({ kind: 'design', ruleId: 'a.b', reason: 'x' })]));
    expect(texts(r.warnings).en).toEqual([
      'line 8, metadata.annotations["eks-sandbox.io/suppressions"]: expected a JSON list of suppressions, found object; none of them were imported',
    ]);
    expect(texts(r.warnings).ja[0]).toContain('抑制設定の JSON のリストが必要ですが、オブジェクトがあります');
    expect(owned(r.document.design)).toEqual([]);
  });

  it('places what it can; an entry that is malformed, names nothing, or repeats a rule is a warning of its own', () => {
    const r = importEksctlYaml(
      clusterYaml([
        annotation([
          {
            kind: 'managed-node-group',
            name: 'spot-batch',
            ruleId: 'ng.spot-diversification',
            reason: 'batch',
            expires: '2027-01-31',
          },
          { kind: 'managed-node-group', name: 'spot-batch', ruleId: 'ng.x', reason: 'r', expires: '2027-02-30' },
          { kind: 'managed-node-group', name: 'gone', ruleId: 'ng.y', reason: 'renamed since' },
          { kind: 'fargate-profile', name: 'fp-default', ruleId: 'fp.z', reason: "it's fine" },
          { kind: 'design', ruleId: 'cluster.control-plane-logging', reason: 'lab' },
          { kind: 'managed-node-group', name: 'spot-batch', ruleId: 'ng.spot-diversification', reason: 'again' },
          { kind: 'vpc', ruleId: 'vpc.endpoints-missing', reason: 'no VPC of its own here' },
          { kind: 'load-balancer', name: 'web', ruleId: 'a.b', reason: 'r' },
        ]),
      ]),
    );
    expect(owned(r.document.design)).toEqual([
      'design cluster.control-plane-logging',
      'fargate-profile fp-default fp.z',
      'managed-node-group spot-batch ng.spot-diversification',
    ]);
    const ng = r.document.design.parts.find((p) => p.name === 'spot-batch')!;
    expect(ng.suppressions).toEqual([{ ruleId: 'ng.spot-diversification', reason: 'batch', expires: '2027-01-31' }]);
    const where = 'line 8, metadata.annotations["eks-sandbox.io/suppressions"]: ';
    const { en, ja } = texts(r.warnings);
    expect(en).toEqual([
      `${where}entry 2, expires: is not a real calendar day; this suppression was left out`,
      `${where}entry 3 suppresses ng.y on managed-node-group "gone", which this file does not have; it was left out`,
      `${where}entry 6: ng.spot-diversification is already suppressed on managed-node-group "spot-batch"; this second suppression was left out`,
      `${where}entry 7 suppresses vpc.endpoints-missing on the vpc, which this file does not have; it was left out`,
      `${where}entry 8, kind: must be one of "design", "cluster", "vpc", "subnet", "managed-node-group", "self-managed-node-group", "fargate-profile", "workload", "on-prem-network"; this suppression was left out`,
    ]);
    expect(ja[1]).toBe(
      '8 行目、metadata.annotations["eks-sandbox.io/suppressions"]: 3 番目の項目: managed-node-group のパーツ「gone」の ng.y を抑制していますが、このファイルにはありません。この抑制設定はインポートしていません',
    );
    expect(ja[0]).toContain('2 番目の項目の expires: 実在しない日付です。');
  });

  it('a config value (no text) warns without a line', () => {
    const r = importEksctlYaml(clusterYaml([]));
    const config = structuredClone(r.config) as { metadata: Record<string, unknown> };
    config.metadata['annotations'] = { 'eks-sandbox.io/suppressions': '[{"kind":"cluster","ruleId":"a.b"}]' };
    const w = importEksctlConfig(config).warnings;
    expect(texts(w).en).toEqual([
      'metadata.annotations["eks-sandbox.io/suppressions"]: entry 1, reason: is missing (expected string); this suppression was left out',
    ]);
  });

  it("keeps the user's own annotations, next to the design's suppressions, and never writes ours twice", () => {
    const entries = [{ kind: 'managed-node-group', name: 'spot-batch', ruleId: 'ng.spot-diversification', reason: 'batch' }];
    const r = importEksctlYaml(clusterYaml(['team: payments', annotation(entries), 'cost-centre: "4711"']));
    expect(r.warnings).toEqual([]);
    const design = r.document.design;
    const exported = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true });
    expect(exported.config.metadata['annotations']).toEqual({
      team: 'payments',
      'cost-centre': '4711',
      'eks-sandbox.io/suppressions': JSON.stringify(entries),
    });
    expect(exported.yaml.match(/eks-sandbox\.io\/suppressions/g)).toHaveLength(1);
    // The suppression removed on the canvas: the user's annotations stay, ours goes.
    const cleared: Design = { ...design, parts: design.parts.map(({ suppressions: _s, ...p }) => p) as Design['parts'] };
    const without = exportEksctlYaml(cleared, { ctx: TEST_CONTEXT, force: true });
    expect(without.config.metadata['annotations']).toEqual({ team: 'payments', 'cost-centre': '4711' });
    // One added on the design: written after the user's.
    const added: Design = { ...cleared, suppressions: [{ ruleId: 'cluster.control-plane-logging', reason: 'lab' }] };
    const withDesign = exportEksctlYaml(added, { ctx: TEST_CONTEXT, force: true });
    expect(Object.keys(withDesign.config.metadata['annotations'] as object)).toEqual([
      'team',
      'cost-centre',
      'eks-sandbox.io/suppressions',
    ]);
  });
});

describe('the entry limit export and import share (MAX_SUPPRESSION_ENTRIES)', () => {
  // Exactly the limit: 20 node groups with 1,000 suppressions each, a part's most.
  const groups = MAX_SUPPRESSION_ENTRIES / MAX_SUPPRESSIONS_PER_OWNER;
  const full = Array.from({ length: groups }, (_, g) =>
    Array.from({ length: MAX_SUPPRESSIONS_PER_OWNER }, (_, r) => ({
      kind: 'managed-node-group',
      name: `ng-${g}`,
      ruleId: `rule.r${r}`,
      reason: 'accepted',
    })),
  ).flat();
  const over = [...full, { kind: 'design', ruleId: 'cluster.control-plane-logging', reason: 'lab' }];
  const fileWith = (entries: unknown) =>
    [
      'apiVersion: eksctl.io/v1alpha5',
      'kind: ClusterConfig',
      'metadata:',
      '  name: payments',
      '  region: eu-north-1',
      '  annotations:',
      `    ${annotation(entries)}`,
      'managedNodeGroups:',
      ...Array.from({ length: groups }, (_, g) => [`  - name: ng-${g}`, '    instanceType: m6i.large']).flat(),
      '',
    ].join('\n');
  const written = (design: Design) =>
    JSON.parse(
      (buildClusterConfig(design).metadata['annotations'] as Record<string, string>)[SUPPRESSIONS_ANNOTATION]!,
    ) as unknown[];

  it('at the limit: the import places every entry and the export writes every one back', () => {
    expect(Number.isInteger(groups)).toBe(true);
    const r = importEksctlYaml(fileWith(full));
    expect(r.warnings).toEqual([]);
    expect(owned(r.document.design)).toHaveLength(MAX_SUPPRESSION_ENTRIES);
    expect(written(r.document.design)).toEqual(full);
  });

  it('one over: the import keeps the first entries and says how many it left out', () => {
    const r = importEksctlYaml(fileWith(over));
    expect(owned(r.document.design)).toHaveLength(MAX_SUPPRESSION_ENTRIES);
    expect(r.document.design.suppressions).toBeUndefined();
    const where = 'line 7, metadata.annotations["eks-sandbox.io/suppressions"]: ';
    expect(texts(r.warnings)).toEqual({
      en: [
        `${where}20001 suppressions, more than the 20000 an import reads: the first ones were imported and the last 1 left out`,
      ],
      ja: [
        '7 行目、metadata.annotations["eks-sandbox.io/suppressions"]: 抑制設定が 20001 件あり、インポートで読める 20000 件を超えています。最初の 20000 件をインポートし、残りの 1 件はインポートしていません',
      ],
    });
  });

  it('one over: the export refuses, saying which cluster, how many and the limit, rather than write what the import would cut', () => {
    const imported = importEksctlYaml(fileWith(full)).document.design;
    const design: Design = { ...imported, suppressions: [{ ruleId: 'cluster.control-plane-logging', reason: 'lab' }] };
    let error: unknown;
    try {
      buildClusterConfig(design);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ExportError);
    expect((error as ExportError).code).toBe('too-many-suppressions');
    expect(localizeError(error, 'en')).toBe(
      'Cluster payments has 20001 suppressions to write into cluster.yaml (metadata.annotations["eks-sandbox.io/suppressions"]), more than the 20000 an import reads back; remove the ones no longer needed.',
    );
    expect(localizeError(error, 'ja')).toBe(
      'クラスター payments には cluster.yaml（metadata.annotations["eks-sandbox.io/suppressions"]）に書き込む抑制設定が 20001 件あり、インポートで読み戻せる 20000 件を超えています。不要になった抑制設定を削除してください。',
    );
    // The rules read the config without the annotation, so they still check such a design.
    expect(checkDesign(design, TEST_CONTEXT).active.length).toBeGreaterThan(0);
  });
});

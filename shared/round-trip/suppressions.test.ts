/**
 * Suppressions are design data: an imported cluster.yaml brings none, and suppressing a finding of an imported
 * design, saving and loading it leaves its cluster.yaml byte for byte the same (only which findings block the
 * export changes).
 */
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../test-support/eksctl-fixtures.js';
import { addSuppression } from '../editor/suppressions.js';
import { ExportRefusedError, exportEksctlYaml } from '../export/index.js';
import { parseDesignText, serializeDesign, toDocument } from '../model/document.js';
import { hasSuppressions } from '../model/suppressions.js';
import { checkDesign } from '../rules/engine.js';
import { TEST_CONTEXT } from '../rules/test-support/builder.js';
import { importEksctlYaml } from './index.js';

describe('suppressions and eksctl import/export', () => {
  it('an import has none; suppressing its errors lets it export, and the YAML stays the same bytes', () => {
    // Amazon Linux 2 node groups on a current version: ng.al2-ami-eol errors (see the README's table).
    const imported = importEksctlYaml(fixtureText('05-advanced-nodegroups.yaml')).document.design;
    expect(hasSuppressions(imported)).toBe(false);
    const before = exportEksctlYaml(imported, { force: true, ctx: TEST_CONTEXT }).yaml;
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
    const text = serializeDesign(toDocument(design));
    const loaded = parseDesignText(text).design;
    expect(loaded).toEqual(design);

    const after = exportEksctlYaml(loaded, { ctx: TEST_CONTEXT });
    expect(after.yaml).toBe(before);
    expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(after.suppressed.map((d) => d.ruleId).sort()).toEqual(errors.map((d) => d.ruleId).sort());
    expect(() => exportEksctlYaml(loaded, { ctx: TEST_CONTEXT, suppressions: false })).toThrow(ExportRefusedError);
  });
});

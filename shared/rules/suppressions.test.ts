import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.js';
import type { Suppression } from '../model/suppressions.js';
import { defineRule } from './define.js';
import { checkDesign, validateDesign } from './engine.js';
import { renderDiagnostic } from './messages.js';
import { RuleRegistry } from './registry.js';
import { DesignBuilder, TEST_CONTEXT } from './test-support/builder.js';
import type { Finding, RuleContext, Severity } from './types.js';

function rule(id: string, severity: Severity, findings: Finding[]) {
  return defineRule({
    id,
    severity,
    area: 'design',
    source: `https://example.com/${id}`,
    text: { en: { message: `${id} message`, fix: 'fix' }, ja: { message: `${id} メッセージ`, fix: '修正' } },
    check: () => findings,
  });
}

// Two ECR repositories "a" and "b": rule "design.pair" flags both together, "design.each" each alone,
// "design.global" the design (no part).
function fixture() {
  const b = new DesignBuilder();
  b.add('ecr', { id: 'a' });
  b.add('ecr', { id: 'b' });
  return b.build();
}
const registry = new RuleRegistry([
  rule('design.pair', 'error', [{ partIds: ['a', 'b'] }]),
  rule('design.each', 'warning', [{ partIds: ['a'] }, { partIds: ['b'] }]),
  rule('design.global', 'info', [{ partIds: [] }]),
  rule('design.quiet', 'warning', []),
]);
const on = (design: Design, partId: string | undefined, ...list: Suppression[]): Design =>
  partId === undefined
    ? { ...design, suppressions: list }
    : { ...design, parts: design.parts.map((p) => (p.id === partId ? { ...p, suppressions: list } : p)) };
const day = (today: string): RuleContext => ({ ...TEST_CONTEXT, today });
const summary = (ds: { ruleId: string; partIds: string[]; severity: string }[]) =>
  ds.map((d) => `${d.severity} ${d.ruleId} [${d.partIds.join(',')}]`);

describe('suppressions in the rules engine', () => {
  it('a design without suppressions gets every finding active and none suppressed', () => {
    const result = checkDesign(fixture(), TEST_CONTEXT, registry);
    expect(result.suppressed).toEqual([]);
    expect(summary(result.active)).toEqual([
      'error design.pair [a,b]',
      'warning design.each [a]',
      'warning design.each [b]',
      'info design.global []',
    ]);
  });

  it("a part suppression accepts the rule's findings on that part only, with its reason and expiry", () => {
    const design = on(fixture(), 'a', { ruleId: 'design.each', reason: 'scanned by another tool', expires: '2027-01-01' });
    const result = checkDesign(design, TEST_CONTEXT, registry);
    expect(summary(result.active)).toEqual(['error design.pair [a,b]', 'warning design.each [b]', 'info design.global []']);
    expect(result.suppressed).toEqual([
      expect.objectContaining({
        ruleId: 'design.each',
        partIds: ['a'],
        suppression: { reason: 'scanned by another tool', expires: '2027-01-01' },
      }),
    ]);
    expect(validateDesign(design, TEST_CONTEXT, registry)).toEqual(result.active);
  });

  it("a suppression on any of a finding's parts accepts it; one on the design accepts every finding of the rule", () => {
    const onB = on(fixture(), 'b', { ruleId: 'design.pair', reason: 'the pair is intended' });
    expect(summary(checkDesign(onB, TEST_CONTEXT, registry).suppressed)).toEqual(['error design.pair [a,b]']);
    const designWide = on(fixture(), undefined, { ruleId: 'design.each', reason: 'r' }, { ruleId: 'design.global', reason: 'r' });
    const result = checkDesign(designWide, TEST_CONTEXT, registry);
    expect(summary(result.suppressed)).toEqual(['warning design.each [a]', 'warning design.each [b]', 'info design.global []']);
    expect(summary(result.active)).toEqual(['error design.pair [a,b]']);
    expect(result.suppressed.map((d) => d.suppression)).toEqual([{ reason: 'r' }, { reason: 'r' }, { reason: 'r' }]);
  });

  it('expires on its expiry date: the finding is back, with a warning that names the rule, the date and the reason', () => {
    const design = on(fixture(), 'a', { ruleId: 'design.each', reason: 'until the migration', expires: '2026-12-01' });
    expect(summary(checkDesign(design, day('2026-11-30'), registry).suppressed)).toEqual(['warning design.each [a]']);
    const expired = checkDesign(design, day('2026-12-01'), registry);
    expect(expired.suppressed).toEqual([]);
    expect(summary(expired.active)).toEqual([
      'error design.pair [a,b]',
      'warning design.each [a]',
      'warning design.each [b]',
      'warning design.suppression-expired [a]',
      'info design.global []',
    ]);
    const note = expired.active.find((d) => d.ruleId === 'design.suppression-expired')!;
    expect(renderDiagnostic(note, 'en').message).toBe(
      'The suppression of design.each expired on 2026-12-01, so its findings are reported again (reason given: until the migration).',
    );
    expect(renderDiagnostic(note, 'ja').message).toBe(
      'design.each の抑制は 2026-12-01 に期限切れになったため、検出結果を再び表示しています（理由: until the migration）。',
    );
  });

  it('reports a live suppression that matches nothing (info), and one naming an unknown rule', () => {
    const design = on(
      on(fixture(), 'b', { ruleId: 'design.quiet', reason: 'r' }, { ruleId: 'design.eech', reason: 'typo' }),
      undefined,
      { ruleId: 'design.quiet', reason: 'r' },
    );
    const result = checkDesign(design, TEST_CONTEXT, registry);
    expect(result.suppressed).toEqual([]);
    expect(summary(result.active.filter((d) => d.ruleId.startsWith('design.suppression')))).toEqual([
      'info design.suppression-unknown-rule [b]',
      'info design.suppression-unused []',
      'info design.suppression-unused [b]',
    ]);
    const unknown = result.active.find((d) => d.ruleId === 'design.suppression-unknown-rule')!;
    expect(renderDiagnostic(unknown, 'en').message).toContain('design.eech, which is not a rule');
  });

  it('an expired suppression that also matches nothing is reported once, as expired', () => {
    const design = on(fixture(), 'a', { ruleId: 'design.quiet', reason: 'r', expires: '2026-01-01' });
    expect(
      summary(checkDesign(design, TEST_CONTEXT, registry).active.filter((d) => d.ruleId.startsWith('design.suppression'))),
    ).toEqual(['warning design.suppression-expired [a]']);
  });

  it('with suppressions off, reports every finding and nothing about the suppressions', () => {
    const design = on(fixture(), 'a', { ruleId: 'design.each', reason: 'r' }, { ruleId: 'design.quiet', reason: 'r' });
    const result = checkDesign(design, TEST_CONTEXT, registry, { suppressions: false });
    expect(result.suppressed).toEqual([]);
    expect(result.active).toEqual(checkDesign(fixture(), TEST_CONTEXT, registry).active);
  });
});

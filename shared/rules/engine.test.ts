import { describe, expect, it } from 'vitest';
import { defineRule } from './define.js';
import { countBySeverity, validateDesign } from './engine.js';
import { renderDiagnostic } from './messages.js';
import { RULES, RuleRegistry } from './registry.js';
import { baselineBuilder, DesignBuilder, TEST_CONTEXT } from './test-support/builder.js';
import type { Finding, Rule, RuleArea, Severity } from './types.js';

function fakeRule(id: string, severity: Severity, check: () => Finding[]): Rule {
  return defineRule({
    id,
    severity,
    area: 'design',
    source: `https://example.com/${id}`,
    text: {
      en: { message: `${id} found {{count}} in {{name}}`, fix: 'Fix {{name}}.' },
      ja: { message: `${id} は {{name}} に {{count}} 件`, fix: '{{name}} を直してください。' },
    },
    check,
  });
}

const design = new DesignBuilder().build();

describe('validateDesign', () => {
  it('sorts by severity, then rule id, then first part id', () => {
    const registry = new RuleRegistry([
      fakeRule('design.zeta', 'warning', () => [{ partIds: ['b'] }, { partIds: ['a'] }, { partIds: [] }]),
      fakeRule('design.beta', 'info', () => [{ partIds: ['x'] }]),
      fakeRule('design.alpha', 'error', () => [{ partIds: ['c'] }]),
      fakeRule('design.gamma', 'warning', () => [{ partIds: ['z'] }]),
    ]);
    const out = validateDesign(design, TEST_CONTEXT, registry);
    expect(out.map((d) => [d.severity, d.ruleId, d.partIds[0] ?? ''])).toEqual([
      ['error', 'design.alpha', 'c'],
      ['warning', 'design.gamma', 'z'],
      ['warning', 'design.zeta', ''],
      ['warning', 'design.zeta', 'a'],
      ['warning', 'design.zeta', 'b'],
      ['info', 'design.beta', 'x'],
    ]);
    expect(countBySeverity(out)).toEqual({ error: 1, warning: 4, info: 1 });
  });

  it('lets a finding override the severity of its rule and carries keys, params and source', () => {
    const registry = new RuleRegistry([
      fakeRule('design.degree', 'warning', () => [
        { partIds: ['p1'], params: { name: 'one', count: 1 } },
        { partIds: ['p2'], params: { name: 'two', count: 9 }, severity: 'error' },
      ]),
    ]);
    expect(validateDesign(design, TEST_CONTEXT, registry)).toEqual([
      {
        ruleId: 'design.degree',
        severity: 'error',
        partIds: ['p2'],
        messageKey: 'design.degree.message',
        fixKey: 'design.degree.fix',
        params: { name: 'two', count: 9 },
        source: 'https://example.com/design.degree',
      },
      {
        ruleId: 'design.degree',
        severity: 'warning',
        partIds: ['p1'],
        messageKey: 'design.degree.message',
        fixKey: 'design.degree.fix',
        params: { name: 'one', count: 1 },
        source: 'https://example.com/design.degree',
      },
    ]);
  });

  it('turns a throwing rule into a design.rule-failed diagnostic and keeps running the others', () => {
    const registry = new RuleRegistry([
      fakeRule('design.broken', 'error', () => {
        throw new Error('cannot read x of undefined');
      }),
      fakeRule('design.weird', 'error', () => {
        throw 'plain string';
      }),
      fakeRule('design.fine', 'info', () => [{ partIds: ['ok'] }]),
    ]);
    const out = validateDesign(design, TEST_CONTEXT, registry);
    expect(out.filter((d) => d.ruleId === 'design.rule-failed')).toEqual([
      {
        ruleId: 'design.rule-failed',
        severity: 'warning',
        partIds: [],
        messageKey: 'design.rule-failed.message',
        fixKey: 'design.rule-failed.fix',
        params: { rule: 'design.broken', error: 'cannot read x of undefined' },
        source: '',
      },
      expect.objectContaining({ params: { rule: 'design.weird', error: 'plain string' } }),
    ]);
    expect(out.map((d) => d.ruleId)).toContain('design.fine');
  });
});

describe('renderDiagnostic', () => {
  const registry = new RuleRegistry([
    fakeRule('design.count', 'info', () => [{ partIds: ['p'], params: { name: 'vpc-1', count: 3 } }]),
  ]);
  const [diagnostic] = validateDesign(design, TEST_CONTEXT, registry);

  it('fills the placeholders in English and Japanese', () => {
    expect(renderDiagnostic(diagnostic!, 'en', registry)).toEqual({
      message: 'design.count found 3 in vpc-1',
      fix: 'Fix vpc-1.',
    });
    expect(renderDiagnostic(diagnostic!, 'ja', registry)).toEqual({
      message: 'design.count は vpc-1 に 3 件',
      fix: 'vpc-1 を直してください。',
    });
  });

  it('leaves a missing param visible and falls back to the rule id for unknown rules', () => {
    expect(renderDiagnostic({ ...diagnostic!, params: { name: 'x' } }, 'en', registry).message).toBe(
      'design.count found {{count}} in x',
    );
    expect(renderDiagnostic({ ...diagnostic!, ruleId: 'design.gone' }, 'ja', registry)).toEqual({
      message: 'design.gone',
      fix: '',
    });
  });

  it('renders the engine message of a failed rule in both languages', () => {
    const failed = validateDesign(
      design,
      TEST_CONTEXT,
      new RuleRegistry([
        fakeRule('design.broken', 'error', () => {
          throw new Error('boom');
        }),
      ]),
    )[0]!;
    expect(renderDiagnostic(failed, 'en').message).toBe('The check design.broken failed on this design: boom');
    expect(renderDiagnostic(failed, 'ja').message).toBe('チェック design.broken がこの設計で失敗しました: boom');
  });
});

describe('the baseline design', () => {
  /** Areas whose rules this suite vouches for: the baseline must pass every one of them. */
  const AREAS: readonly RuleArea[] = ['autoscaling', 'service-discovery', 'ecr', 'security', 'add-ons', 'design'];
  const ids = new Set(
    RULES.all()
      .filter((r) => AREAS.includes(r.area))
      .map((r) => r.id),
  );

  it('gets no diagnostic from the autoscaling, service discovery, ECR, security, add-on and design rules', () => {
    const out = validateDesign(baselineBuilder().b.build(), TEST_CONTEXT);
    expect(ids.size).toBeGreaterThan(20);
    expect(out.filter((d) => ids.has(d.ruleId) || (d.ruleId === 'design.rule-failed' && ids.has(String(d.params.rule))))).toEqual(
      [],
    );
  });

  it('gets no error at all from the registered rules', () => {
    const out = validateDesign(baselineBuilder().b.build(), TEST_CONTEXT);
    expect(out.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

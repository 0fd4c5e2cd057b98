/**
 * The estimate in each language: every line of every template renders its item, unit and note in Japanese
 * from its text ids, the English rendering is exactly the line's own words, and the report and the change
 * items follow the language.
 */
import { describe, expect, it } from 'vitest';
import { loadTemplate, TEMPLATES } from '../../templates/index.js';
import { diffCost } from './diff.js';
import { estimateCost } from './estimate.js';
import { costChangeItem, costReport, localizeEstimate, localizeLine } from './localize.js';
import { COST_TEXTS, COST_UNITS } from './texts.js';

const today = '2026-11-28';
/** Letters of a sentence left in English: two or more lowercase ASCII letters in a row. */
const ENGLISH_WORD = /\b(?:no|price|not|counted|assumes|nodes?|hours?|storage|requests|running|month|pods?|support)\b/;

describe('cost lines in Japanese', () => {
  const estimates = TEMPLATES.map((t) => estimateCost(loadTemplate(t.id).design, { today }));

  it('render every item, unit and note of every template from their texts, English as the lines say', () => {
    for (const estimate of estimates) {
      for (const line of estimate.lines) {
        expect(line.text, line.item).toBeDefined();
        const en = localizeLine(line, 'en');
        expect(en).toEqual({ item: line.item, unit: line.unit, note: line.note });
        const ja = localizeLine(line, 'ja');
        expect(ja.item).not.toBe(line.item);
        expect(ja.item, ja.item).not.toMatch(ENGLISH_WORD);
        expect(ja.note ?? '', ja.note).not.toMatch(ENGLISH_WORD);
        expect(Object.hasOwn(COST_UNITS, line.unit), line.unit).toBe(true);
      }
    }
  });

  it('has a Japanese text for every English one', () => {
    for (const [id, t] of Object.entries(COST_TEXTS)) {
      expect(t.ja, id).not.toBe('');
      if (!['note.as-written'].includes(id))
        expect(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/.test(t.ja) || t.ja === t.en, id).toBe(true);
    }
  });

  it('keeps the numbers and drops the text ids in the localized estimate (JSON and CSV output)', () => {
    const [estimate] = estimates;
    const ja = localizeEstimate(estimate!, 'ja');
    expect(ja.monthlyTotal).toBe(estimate!.monthlyTotal);
    expect(ja.lines.map((l) => l.monthly)).toEqual(estimate!.lines.map((l) => l.monthly));
    expect(ja.lines.every((l) => l.text === undefined)).toBe(true);
    expect(ja.lines[1]!.item).toBe('EC2 m6i.large オンデマンド（ng-frontend）');
    expect(ja.lines[1]!.unit).toBe('インスタンス時間');
    expect(ja.lines[1]!.note).toBe('希望サイズのノード 3 台');
    expect(Object.keys(localizeEstimate(estimate!, 'en').lines[1]!)).toEqual(Object.keys(ja.lines[1]!));
  });

  it('prints the report with Japanese labels and the total as $…/月', () => {
    const report = costReport(estimates[0]!, 'ja');
    expect(report).toContain('月額コスト見積もり、us-east-1（USD、料金表の日付');
    expect(report).toContain('合計: $986.64/月');
    expect(report).toContain('NAT ゲートウェイの稼働時間（shop-vpc）');
    expect(costReport(estimates[0]!, 'en')).toContain('Total: USD 986.64 a month');
  });

  it('names a changed line in the language asked for', () => {
    const design = loadTemplate('microservices').design;
    const before = estimateCost(design, { today });
    const ng = design.parts.find((p) => p.id === 'ng-frontend')!;
    if (ng.kind === 'managed-node-group') ng.props.capacityType = 'SPOT';
    const change = diffCost(before, estimateCost(design, { today })).lines.find((l) => l.status === 'added')!;
    expect(costChangeItem(change, 'en')).toBe('EC2 m6i.large spot (ng-frontend)');
    expect(costChangeItem(change, 'ja')).toBe('EC2 m6i.large スポット（ng-frontend）');
    expect(costChangeItem({ item: 'older line' }, 'ja')).toBe('older line');
  });
});

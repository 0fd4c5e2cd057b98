import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { DesignComparison } from '../../shared/diff/index.js';
import { areasEn, areasJa } from '../i18n/areas/index.js';
import { en } from '../i18n/en.js';
import { ja } from '../i18n/ja.js';
import { costNotes } from './cost-notes.js';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { en: { translation: { ...en, ...areasEn } }, ja: { translation: { ...ja, ...areasJa } } },
  lng: 'en',
  interpolation: { escapeValue: false },
});

// One side's region has no prices and the other side failed for another reason: the panel shows both, as
// `eks-sandbox diff` does (cli/diff.test.ts, the same comparison).
const comparison = {
  cost: {
    unpriced: [{ side: 'before', label: 'a.json', region: 'us-west-2', regionsWithPrices: ['ap-northeast-1', 'us-east-1'] }],
    notes: ['open: the estimate failed'],
  },
} as unknown as DesignComparison;

describe('costNotes', () => {
  it('names the unpriced side and the regions with prices, then every other reason', () => {
    expect(costNotes(comparison, i18n.getFixedT('en'), 'en')).toEqual([
      'Before: no prices for region us-west-2 (regions with prices: ap-northeast-1, us-east-1)',
      'open: the estimate failed',
    ]);
  });

  it('speaks Japanese', () => {
    expect(costNotes(comparison, i18n.getFixedT('ja'), 'ja')).toEqual([
      '変更前: リージョン us-west-2 の料金がありません（料金のあるリージョン: ap-northeast-1、us-east-1）',
      'open: the estimate failed',
    ]);
  });
});

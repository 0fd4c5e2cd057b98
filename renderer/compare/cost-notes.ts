/**
 * Why the compare panel has no cost comparison, in the UI's language: each side (before / after) whose region
 * has no prices, with the regions that have them, then any other reason as the comparison gave it. The same
 * notes `eks-sandbox diff` prints (cli/diff-output.ts `costNotes`), each in its own words.
 */
import type { TFunction } from 'i18next';
import type { DesignComparison } from '../../shared/diff/index.js';
import { joinList } from '../../shared/i18n/join-list.js';

export function costNotes(c: DesignComparison, t: TFunction, lang: 'en' | 'ja'): string[] {
  const unpriced = c.cost.unpriced.map((u) =>
    t('compare.noPrices', {
      side: u.side === 'before' ? t('compare.costBefore') : t('compare.costAfter'),
      region: u.region,
      regions: joinList(u.regionsWithPrices, lang),
    }),
  );
  return [...unpriced, ...c.cost.notes];
}

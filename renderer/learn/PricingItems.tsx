/**
 * This design's monthly estimate grouped into the study notes' pricing items (shared/learn/pricing-items.ts),
 * shown by the Learn panel when nothing is selected: the pricing concept in the design's own numbers.
 */
import { useTranslation } from 'react-i18next';
import { pricingItems } from '../../shared/learn/pricing-items.js';
import { formatUsd } from '../panels/cost-format.js';
import { store, useAppState } from '../store/app-store.js';
import { ui } from '../store/ui-store.js';
import { NotesSections } from './ConceptView.js';

export function PricingItems() {
  const { t } = useTranslation();
  const estimate = useAppState((s) => s.cost.estimate);
  if (!estimate) return null;
  const kinds = new Map(store.getState().design.parts.map((p) => [p.id, p.kind]));
  const items = pricingItems(estimate.lines, (id) => kinds.get(id));
  return (
    <div className="learn-pricing" data-testid="learn-pricing">
      <h3 className="learn-title">{t('learn.pricingTitle')}</h3>
      <table>
        <tbody>
          {items.map((i) => (
            <tr key={i.item} data-testid="learn-pricing-item" data-item={i.item} data-value={i.monthly}>
              <td>{t(`learn.pricingItems.${i.item}`)}</td>
              <td className="num">
                {formatUsd(i.monthly)}
                {t('cost.perMonth')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <NotesSections sections={['5. 料金形態']} />
      <button
        type="button"
        className="link-button"
        data-testid="learn-pricing-open"
        onClick={() => ui.set({ learnOpen: true, learnPage: { kind: 'concept', id: 'pricing' } })}
      >
        {t('learn.pricingMore')}
      </button>
    </div>
  );
}

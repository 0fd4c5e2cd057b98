/**
 * The monthly cost estimate of the design: total, price date, lines, what the last edit changed, the
 * Region, the assumptions (editable) and a CSV export. The estimate itself is made in the store.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  costAssumptionsSchema,
  costChangeItem,
  costLinesToCsv,
  costSource,
  localizeEstimate,
  localizeLine,
  DEFAULT_COST_ASSUMPTIONS,
  pricedRegions,
  type CostAssumptions,
  type CostEstimate,
  type CostDiff,
} from '../../shared/cost/index.js';
import { joinList } from '../../shared/i18n/join-list.js';
import type { Language } from '../../shared/rules/types.js';
import { platform } from '../platform/index.js';
import { store, useAppState } from '../store/app-store.js';
import { formatChange, formatUnitPrice, formatUsd, parseAssumption } from './cost-format.js';

type AssumptionKey = keyof CostAssumptions;
const ASSUMPTION_KEYS = Object.keys(DEFAULT_COST_ASSUMPTIONS) as AssumptionKey[];

function usePartNames(estimate: CostEstimate | null): Map<string, string> {
  // Read when the estimate changes (every committed edit), not on each drag frame.
  return useMemo(() => new Map(store.getState().design.parts.map((p) => [p.id, p.name])), [estimate]);
}

/** The UI's language, for the cost lines' own words (shared/cost/localize.ts). */
function useCostLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'ja' ? 'ja' : 'en';
}

function Change({ change }: { change: CostDiff | null }) {
  const { t } = useTranslation();
  const lang = useCostLanguage();
  if (!change) return null;
  return (
    <div className="cost-change" data-testid="cost-change" data-value={change.totalChange}>
      <span className="cost-change-label">{t('cost.lastEdit')}: </span>
      <b>{change.lines.length === 0 ? t('cost.noChange') : `${formatChange(change.totalChange)}${t('cost.perMonth')}`}</b>
      {change.lines.length > 0 && (
        <ul>
          {change.lines.map((l, i) => (
            <li key={`${l.partId}-${l.item}-${i}`} data-testid="cost-change-line" data-status={l.status}>
              {/* The item already names its part. */}
              {formatChange(l.change)} — {costChangeItem(l, lang)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AssumptionField({ name, value }: { name: AssumptionKey; value: number }) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (text === null) return;
    const parsed = parseAssumption(text);
    const next = { ...store.getState().costSettings.assumptions, [name]: parsed ?? Number.NaN };
    const result = costAssumptionsSchema.safeParse(next);
    if (!result.success) {
      setError(parsed === null ? t('cost.notANumber') : (result.error.issues[0]?.message ?? t('cost.notANumber')));
      return;
    }
    setError(null);
    setText(null);
    store.setCostSettings({ assumptions: next });
  };
  const id = `cost-assumption-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>
        {t(`cost.assumptions.${name}`)} <small>({t('cost.default', { value: DEFAULT_COST_ASSUMPTIONS[name] })})</small>
      </label>
      <input
        id={id}
        data-testid={id}
        type="number"
        step="any"
        min={0}
        value={text ?? String(value)}
        aria-invalid={error !== null}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {error && (
        <div className="field-error" data-testid="field-error">
          {error}
        </div>
      )}
    </div>
  );
}

export function CostPanel() {
  const { t } = useTranslation();
  const lang = useCostLanguage();
  const cost = useAppState((s) => s.cost);
  const settings = useAppState((s) => s.costSettings);
  const names = usePartNames(cost.estimate);
  const estimate = cost.estimate;
  const exportCsv = () => {
    if (!estimate || !platform.exportText) return;
    const base = store.getState().design.name || 'design';
    void platform.exportText(costLinesToCsv(localizeEstimate(estimate, lang)), `${base}-cost.csv`);
  };
  return (
    <section className="cost-panel" data-testid="cost-panel" aria-label={t('cost.title')}>
      <h2>{t('cost.title')}</h2>
      <div className="cost-head">
        <label>
          {t('cost.region')}{' '}
          <select
            data-testid="cost-region"
            value={estimate?.region ?? settings.region ?? ''}
            onChange={(e) => store.setCostSettings({ region: e.target.value })}
          >
            {pricedRegions().map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        {platform.exportText && (
          <button type="button" data-testid="cost-export-csv" disabled={!estimate} onClick={exportCsv}>
            {t('cost.exportCsv')}
          </button>
        )}
      </div>
      {cost.unpricedRegion && (
        <p className="hint">{t('cost.unpricedRegion', { region: cost.unpricedRegion, used: estimate?.region })}</p>
      )}
      {cost.error && <p className="error">{cost.error}</p>}
      {estimate && (
        <>
          <p className="cost-total-line">
            {t('cost.monthlyTotal')}:{' '}
            <b data-testid="cost-panel-total" data-value={estimate.monthlyTotal}>
              {formatUsd(estimate.monthlyTotal)}
            </b>
            {t('cost.perMonth')} <small data-testid="cost-as-of">{t('cost.asOf', { date: estimate.asOf })}</small>
          </p>
          {estimate.lines.some((l) => l.unpriced) && (
            <p className="hint" data-testid="cost-unpriced-total">
              {t('cost.unpricedTotal', {
                count: estimate.lines.filter((l) => l.unpriced).length,
                items: joinList(
                  estimate.lines.filter((l) => l.unpriced).map((l) => localizeLine(l, lang).item),
                  lang,
                ),
              })}
            </p>
          )}
          <Change change={cost.change} />
          <table className="cost-lines">
            <thead>
              <tr>
                <th>{t('cost.item')}</th>
                <th>{t('cost.part')}</th>
                <th>{t('cost.quantity')}</th>
                <th>{t('cost.unit')}</th>
                <th>{t('cost.unitPrice')}</th>
                <th>{t('cost.monthly')}</th>
              </tr>
            </thead>
            <tbody>
              {estimate.lines.map((l, i) => {
                const uncertain = l.estimate === true || l.confidence === 'C';
                const words = localizeLine(l, lang);
                return (
                  <tr
                    key={`${l.partId}-${l.item}-${i}`}
                    data-testid="cost-line"
                    data-cost-part-id={l.partId}
                    data-unit={l.unit}
                    data-unit-price={l.unitPrice}
                    data-quantity={l.quantity}
                    data-monthly={l.monthly}
                    data-uncertain={uncertain}
                    className={uncertain ? 'uncertain' : undefined}
                    title={words.note}
                  >
                    <td>
                      {words.item}
                      {uncertain && (
                        <span className="cost-mark" data-testid="cost-estimate-mark">
                          {' '}
                          {l.unpriced ? t('cost.unpriced') : t('cost.estimated')}
                        </span>
                      )}
                    </td>
                    <td>{names.get(l.partId) ?? ''}</td>
                    <td className="num">{l.quantity}</td>
                    <td>{words.unit}</td>
                    <td className="price">{l.unpriced ? t('cost.noPrice') : formatUnitPrice(l.unitPrice)}</td>
                    <td className="num">{l.unpriced ? t('cost.noPrice') : formatUsd(l.monthly)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <details className="cost-assumptions" open>
            <summary>{t('cost.assumptionsTitle')}</summary>
            {ASSUMPTION_KEYS.map((k) => (
              <AssumptionField key={k} name={k} value={estimate.assumptions[k]} />
            ))}
          </details>
          <p className="hint">{t('cost.disclaimer', { source: costSource(estimate, lang) })}</p>
        </>
      )}
    </section>
  );
}

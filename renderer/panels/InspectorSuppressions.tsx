/**
 * The inspector's suppressions: for the selected part, the rules suppressed on it (reason, expiry, Remove) and
 * the rules with findings on it, each with "Suppress this rule for this part…"; with nothing selected, the
 * rules suppressed for the whole design. Every change is an undoable edit (problems/suppress-actions.ts).
 */
import { useTranslation } from 'react-i18next';
import type { Part } from '../../shared/model/parts.js';
import type { Suppression, SuppressionOwner } from '../../shared/model/suppressions.js';
import { defaultRuleContext } from '../../shared/rules/engine.js';
import { isLive } from '../../shared/rules/suppressions.js';
import { useAppState } from '../store/app-store.js';
import { canSuppress, suppressRule, unsuppressRule } from './problems/suppress-actions.js';

function SuppressionList(props: { list: readonly Suppression[]; owner: SuppressionOwner }) {
  const { t } = useTranslation();
  const today = defaultRuleContext().today;
  return (
    <ul className="suppression-list" data-testid="inspector-suppressions">
      {props.list.map((s) => {
        const live = isLive(s, today);
        return (
          <li key={s.ruleId} data-testid="inspector-suppression" data-rule-id={s.ruleId} className={live ? '' : 'expired'}>
            <code>{s.ruleId}</code>
            <span className="suppression-reason">{s.reason}</span>
            {s.expires !== undefined && (
              <span className="suppression-expires">
                {live ? t('suppressions.expiresOn', { date: s.expires }) : t('suppressions.expiredOn', { date: s.expires })}
              </span>
            )}
            <button
              type="button"
              data-testid="inspector-remove-suppression"
              aria-label={t('suppressions.removeOf', { id: s.ruleId })}
              onClick={() => unsuppressRule(s.ruleId, props.owner)}
            >
              {t('suppressions.remove')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function PartSuppressions({ part }: { part: Part }) {
  const { t } = useTranslation();
  const diagnostics = useAppState((s) => s.diagnostics);
  const list = part.suppressions ?? [];
  const suppressedHere = new Set(list.map((s) => s.ruleId));
  const findings = [
    ...new Map(
      diagnostics
        .filter((d) => d.partIds.includes(part.id) && canSuppress(d.ruleId) && !suppressedHere.has(d.ruleId))
        .map((d) => [d.ruleId, d]),
    ).values(),
  ];
  if (list.length === 0 && findings.length === 0) return null;
  return (
    <div className="inspector-suppressions" data-testid="inspector-suppressions-section">
      {findings.length > 0 && (
        <>
          <h3>{t('suppressions.findingsHere')}</h3>
          <ul className="suppression-list">
            {findings.map((d) => (
              <li key={d.ruleId} data-testid="inspector-finding" data-rule-id={d.ruleId}>
                <span className={`severity ${d.severity}`}>{t(`problemsPanel.severityBadge.${d.severity}`)}</span>
                <code>{d.ruleId}</code>
                <button
                  type="button"
                  data-testid="inspector-suppress"
                  aria-label={`${t('suppressions.suppressPart')} (${t('suppressions.suppressPartOf', { id: d.ruleId, name: part.name })})`}
                  onClick={() => void suppressRule(d.ruleId, { partId: part.id })}
                >
                  {t('suppressions.suppressPart')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {list.length > 0 && (
        <>
          <h3>{t('suppressions.inspectorTitle')}</h3>
          <SuppressionList list={list} owner={{ partId: part.id }} />
        </>
      )}
    </div>
  );
}

export function DesignSuppressions() {
  const { t } = useTranslation();
  const list = useAppState((s) => s.design.suppressions);
  if (!list || list.length === 0) return null;
  return (
    <div className="inspector-suppressions" data-testid="design-suppressions">
      <h3>{t('suppressions.designTitle')}</h3>
      <SuppressionList list={list} owner={{}} />
    </div>
  );
}

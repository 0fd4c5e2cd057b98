/** The rule diagnostics, in the current language; clicking one selects and centres its parts. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countBySeverity } from '../../shared/rules/engine.js';
import { renderDiagnostic } from '../../shared/rules/messages.js';
import { currentLanguage } from '../i18n/index.js';
import { store, useAppState } from '../store/app-store.js';

export function Problems() {
  const { t, i18n } = useTranslation();
  const diagnostics = useAppState((s) => s.diagnostics);
  const lang = i18n.language === 'ja' ? 'ja' : currentLanguage();
  const counts = countBySeverity(diagnostics);
  // Names are read when the diagnostics change (every committed edit, renames included), not on each
  // drag frame, which would re-render the whole list for nothing.
  const names = useMemo(() => new Map(store.getState().design.parts.map((p) => [p.id, p.name])), [diagnostics]);
  return (
    <section className="problems" data-testid="problems" aria-label={t('problems.title')}>
      <h2>
        {t('problems.title')} <small>{t('problems.counts', counts)}</small>
      </h2>
      {diagnostics.length === 0 && <p className="hint">{t('problems.none')}</p>}
      <ul>
        {diagnostics.map((d, i) => {
          const text = renderDiagnostic(d, lang);
          return (
            <li
              key={`${d.ruleId}-${d.partIds.join(',')}-${i}`}
              className={`problem ${d.severity}`}
              data-testid="problem"
              data-rule-id={d.ruleId}
              data-severity={d.severity}
              data-part-ids={d.partIds.join(' ')}
              tabIndex={0}
              onClick={() => store.focusParts(d.partIds.filter((id) => names.has(id)))}
              onKeyDown={(e) => e.key === 'Enter' && store.focusParts(d.partIds.filter((id) => names.has(id)))}
            >
              <span className={`severity ${d.severity}`}>{t(`severity.${d.severity}`)}</span>
              <span className="message">{text.message}</span>
              {d.partIds.length > 0 && <span className="parts">{d.partIds.map((id) => names.get(id) ?? id).join(', ')}</span>}
              {text.fix && (
                <div className="fix">
                  <b>{t('problems.fix')}:</b> {text.fix}
                </div>
              )}
              {d.source && (
                <div className="source">
                  {t('problems.source')}: <span className="source-url">{d.source}</span>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

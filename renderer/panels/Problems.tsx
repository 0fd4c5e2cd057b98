/**
 * The rule diagnostics, in the current language. Clicking one selects and centres its first part and
 * outlines the others; rules with a mechanical fix offer "Apply fix" (problems/ProblemItem.tsx).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countBySeverity, defaultRuleContext } from '../../shared/rules/engine.js';
import { suppressionMatcher } from '../../shared/rules/suppressions.js';
import type { Diagnostic, Language } from '../../shared/rules/types.js';
import { canFix } from '../../shared/rules/fixes.js';
import { currentLanguage } from '../i18n/index.js';
import { store, useAppState } from '../store/app-store.js';
import { ProblemItem } from './problems/ProblemItem.js';

/**
 * The findings the design's suppressions accepted, collapsed under one summary line: each with its reason,
 * expiry and a button that removes the suppression (found again where the engine found it).
 */
function SuppressedGroup(props: { suppressed: readonly Diagnostic[]; lang: Language; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const { suppressed, lang, names } = props;
  const owners = useMemo(() => {
    const match = suppressionMatcher(store.getState().design, defaultRuleContext().today);
    return suppressed.map((d) => {
      const s = match(d);
      return s && (s.partId === undefined ? {} : { partId: s.partId });
    });
  }, [suppressed]);
  return (
    <details className="suppressed-group" data-testid="suppressed-group">
      <summary data-testid="suppressed-summary">{t('suppressions.group', { count: suppressed.length })}</summary>
      <ul>
        {suppressed.map((d, i) => (
          <ProblemItem
            key={`${d.ruleId}-${d.partIds.join(',')}-${i}`}
            diagnostic={d}
            lang={lang}
            names={names}
            fixable={false}
            suppressedBy={owners[i]}
          />
        ))}
      </ul>
    </details>
  );
}

export function Problems() {
  const { t, i18n } = useTranslation();
  const diagnostics = useAppState((s) => s.diagnostics);
  const suppressed = useAppState((s) => s.suppressed);
  const lang = i18n.language === 'ja' ? 'ja' : currentLanguage();
  const counts = countBySeverity(diagnostics);
  // Names and fixes are worked out when the diagnostics change (every committed edit, renames included),
  // from the design they were found in, not on each drag frame, which would re-render the whole list for nothing.
  const { names, fixable } = useMemo(() => {
    const design = store.getState().design;
    return {
      names: new Map(design.parts.map((p) => [p.id, p.name])),
      fixable: diagnostics.map((d) => canFix(design, d)),
    };
  }, [diagnostics]);
  const summary = [
    counts.error > 0 && t('problemsPanel.errors', { count: counts.error }),
    counts.warning > 0 && t('problemsPanel.warnings', { count: counts.warning }),
    counts.info > 0 && t('problemsPanel.infos', { count: counts.info }),
  ]
    .filter(Boolean)
    .join(t('problemsPanel.listSeparator'));
  return (
    <section className="problems" data-testid="problems" aria-label={t('problems.title')}>
      <h2>
        {t('problems.title')} <small data-testid="problem-counts">{summary}</small>
      </h2>
      {diagnostics.length === 0 && <p className="hint">{t('problems.none')}</p>}
      <ul>
        {diagnostics.map((d, i) => (
          <ProblemItem
            key={`${d.ruleId}-${d.partIds.join(',')}-${i}`}
            diagnostic={d}
            lang={lang}
            names={names}
            fixable={fixable[i] ?? false}
          />
        ))}
      </ul>
      {suppressed.length > 0 && <SuppressedGroup suppressed={suppressed} lang={lang} names={names} />}
    </section>
  );
}

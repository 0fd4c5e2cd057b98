/**
 * Help > Rules reference: every rule the checker knows, with its severity, area, message and fix in the
 * UI language and the source it is based on (as text: the app is offline). A search box filters by any
 * of these. A rule the open design suppresses says how many times.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RULES } from '../../shared/rules/registry.js';
import { Dialog } from '../app/Dialog.js';
import { suppressionCountsByRule } from '../../shared/model/suppressions.js';
import { useAppState } from '../store/app-store.js';
import { ui, useUi } from '../store/ui-store.js';
import { filterRules } from './rules-filter.js';
import { SourceLinks } from './problems/SourceLinks.js';

function RulesList() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const all = RULES.all();
  const design = useAppState((s) => s.design);
  const suppressions = useMemo(() => suppressionCountsByRule(design), [design]);
  const shown = useMemo(() => filterRules(all, deferred, lang), [all, deferred, lang]);
  return (
    <>
      <input
        data-autofocus
        type="search"
        className="rules-search"
        data-testid="rules-search"
        placeholder={t('rules.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="hint" data-testid="rules-count">
        {t('rules.count', { shown: shown.length, total: all.length })}
      </p>
      <ul className="rules-list">
        {shown.map((r) => (
          <li key={r.id} data-testid="rule" data-rule-id={r.id} className={`problem ${r.severity}`}>
            <div>
              <span className={`severity ${r.severity}`}>{t(`severity.${r.severity}`)}</span> <code>{r.id}</code>{' '}
              <span className="rule-area">{t(`rules.areas.${r.area}`)}</span>
              {(suppressions.get(r.id) ?? 0) > 0 && (
                <span className="rule-suppressions" data-testid="rule-suppressions">
                  {t('suppressions.rulesCount', { count: suppressions.get(r.id) })}
                </span>
              )}
            </div>
            <div className="message">{r.text[lang].message}</div>
            <div className="fix">
              <b>{t('problems.fix')}:</b> {r.text[lang].fix}
            </div>
            <SourceLinks source={r.source} />
          </li>
        ))}
      </ul>
    </>
  );
}

export function RulesReference() {
  const { t } = useTranslation();
  const open = useUi((s) => s.rulesReferenceOpen);
  if (!open) return null;
  return (
    <Dialog testId="rules-reference" wide title={t('rules.title')} onClose={() => ui.set({ rulesReferenceOpen: false })}>
      <RulesList />
    </Dialog>
  );
}

/**
 * One finding in the problems panel. A click (or Enter on its main button) shows the finding: its first
 * part is selected and centred, its other parts outlined. The rule id can be copied, and a rule with a
 * mechanical fix offers "Apply fix", applied as one undoable edit. What copy and fix did is said in the
 * window's one live region (app/announce.ts).
 */
import { SourceLinks } from './SourceLinks.js';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { fixedDesign } from '../../../shared/rules/fixes.js';
import type { SuppressionOwner } from '../../../shared/model/suppressions.js';
import type { Diagnostic, DiagnosticSuppression, Language } from '../../../shared/rules/types.js';
import { joinList } from '../../../shared/i18n/join-list.js';
import { renderDiagnostic } from '../../../shared/rules/messages.js';
import { announce } from '../../app/announce.js';
import { noteFinding } from '../../learn/learning-mode.js';
import { store } from '../../store/app-store.js';
import { copyText } from './copy-text.js';
import { canSuppress, suppressRule, unsuppressRule } from './suppress-actions.js';
import { reportError } from '../../app/report-error.js';

interface Props {
  diagnostic: Diagnostic;
  lang: Language;
  /** Names of the finding's parts that are still in the design, in the finding's order. */
  names: ReadonlyMap<string, string>;
  fixable: boolean;
  /**
   * For a suppressed finding (`diagnostic.suppression` set): where the suppression that accepted it lives, so
   * it can be removed. Suppressed findings show their reason instead of "Apply fix" and "Suppress…".
   */
  suppressedBy?: SuppressionOwner | undefined;
}

function ProblemItemImpl({ diagnostic: d, lang, names, fixable, suppressedBy }: Props) {
  const { t } = useTranslation();
  const text = renderDiagnostic(d, lang);
  const present = d.partIds.filter((id) => names.has(id));
  const show = () => {
    store.focusFinding(present, d.ruleId);
    noteFinding(d.ruleId);
  };
  const copy = async () => {
    const ok = await copyText(d.ruleId);
    announce(ok ? t('problemsPanel.copied', { id: d.ruleId }) : t('problemsPanel.copyFailed'));
  };
  const applyFix = () => {
    try {
      if (store.editor.apply((design) => fixedDesign(design, d))) announce(t('problemsPanel.fixApplied', { id: d.ruleId }));
    } catch (err) {
      reportError(err);
    }
  };
  return (
    <li
      className={`problem ${d.severity}${d.suppression ? ' suppressed' : ''}`}
      data-testid="problem"
      data-rule-id={d.ruleId}
      data-severity={d.severity}
      data-part-ids={d.partIds.join(' ')}
      onClick={show}
    >
      <div className="problem-head">
        <span className={`severity ${d.severity}`}>{t(`problemsPanel.severityBadge.${d.severity}`)}</span>
        <code className="rule-id" data-testid="problem-rule-id" title={t('problemsPanel.ruleId')}>
          {d.ruleId}
        </code>
        <button
          type="button"
          className="icon-button copy-rule-id"
          data-testid="copy-rule-id"
          aria-label={t('problemsPanel.copyRuleIdOf', { id: d.ruleId })}
          title={t('problemsPanel.copyRuleId')}
          onClick={(e) => {
            e.stopPropagation();
            void copy();
          }}
        >
          <CopyIcon />
        </button>
      </div>
      <button type="button" className="problem-show" data-testid="problem-show">
        <span className="message">{text.message}</span>
        {present.length > 0 && (
          <span className="parts">
            {joinList(
              present.map((id) => names.get(id) ?? id),
              lang,
            )}
          </span>
        )}
      </button>
      {d.configPath !== undefined && (
        <div className="config-path" data-testid="problem-config-path">
          {t('problemsPanel.configPath')} <code>{d.configPath}</code>
        </div>
      )}
      {text.fix && (
        <div className="fix">
          <b>{t('problems.fix')}:</b> {text.fix}
        </div>
      )}
      {fixable && d.suppression === undefined && (
        <button
          type="button"
          className="apply-fix"
          data-testid="apply-fix"
          title={t('problemsPanel.applyFixTitle')}
          onClick={(e) => {
            e.stopPropagation();
            applyFix();
          }}
        >
          {t('problemsPanel.applyFix')}
        </button>
      )}
      {d.suppression === undefined && canSuppress(d.ruleId) && (
        <SuppressButton ruleId={d.ruleId} partId={present[0]} partName={present[0] && names.get(present[0])} />
      )}
      {d.suppression !== undefined && <SuppressionNote ruleId={d.ruleId} suppression={d.suppression} owner={suppressedBy} />}
      {d.source && <SourceLinks source={d.source} />}
    </li>
  );
}

/** "Suppress this rule for this part…" (its first part still in the design), or for the design when it has none. */
function SuppressButton({
  ruleId,
  partId,
  partName,
}: {
  ruleId: string;
  partId?: string | undefined;
  partName?: string | undefined;
}) {
  const { t } = useTranslation();
  const visible = partId === undefined ? t('suppressions.suppressDesign') : t('suppressions.suppressPart');
  // The accessible name starts with the visible words (WCAG "label in name"), then says which rule and part.
  const which =
    partId === undefined
      ? t('suppressions.suppressDesignOf', { id: ruleId })
      : t('suppressions.suppressPartOf', { id: ruleId, name: partName ?? partId });
  return (
    <button
      type="button"
      className="suppress-rule"
      data-testid="suppress-rule"
      aria-label={`${visible} (${which})`}
      onClick={(e) => {
        e.stopPropagation();
        void suppressRule(ruleId, partId === undefined ? {} : { partId });
      }}
    >
      {visible}
    </button>
  );
}

/** Why a suppressed finding is accepted, until when, and a button that takes the suppression away. */
function SuppressionNote(props: { ruleId: string; suppression: DiagnosticSuppression; owner: SuppressionOwner | undefined }) {
  const { t } = useTranslation();
  const { ruleId, suppression, owner } = props;
  return (
    <div className="suppression-note" data-testid="suppression-note">
      <span>
        <b>{t('suppressions.reasonLabel')}</b> <span data-testid="suppression-reason">{suppression.reason}</span>
      </span>
      {suppression.expires !== undefined && (
        <span className="suppression-expires">{t('suppressions.expiresOn', { date: suppression.expires })}</span>
      )}
      {owner && (
        <button
          type="button"
          className="remove-suppression"
          data-testid="remove-suppression"
          aria-label={t('suppressions.removeOf', { id: ruleId })}
          onClick={(e) => {
            e.stopPropagation();
            unsuppressRule(ruleId, owner);
          }}
        >
          {t('suppressions.remove')}
        </button>
      )}
    </div>
  );
}

function CopyIcon() {
  return (
    <svg width="13" height="13" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M11 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

export const ProblemItem = memo(ProblemItemImpl);

/**
 * The Learn panel, shown under the inspector while learning mode is on: the concept behind the selected part,
 * or behind the finding just clicked in the problems panel, in the UI language.
 */
import { RULES } from '../../shared/rules/registry.js';
import { SourceLinks } from '../panels/problems/SourceLinks.js';
import { useTranslation } from 'react-i18next';
import type { ConceptId } from '../../shared/learn/index.js';
import { store, useAppState } from '../store/app-store.js';
import { ui, useUi } from '../store/ui-store.js';
import { ConceptView } from './ConceptView.js';
import './learn.css';
import { learnSubject, setLearningMode } from './learning-mode.js';
import { PricingItems } from './PricingItems.js';

const openConcept = (id: ConceptId) => ui.set({ learnOpen: true, learnPage: { kind: 'concept', id } });

/** The page the finding's rule is based on (with its Japanese twin), under the concept behind it. */
function RuleSource({ ruleId }: { ruleId: string }) {
  const { t } = useTranslation();
  const rule = RULES.get(ruleId);
  if (!rule) return null;
  return (
    <div className="learn-rule-source" data-testid="learn-rule-source">
      <h4>{t('learn.ruleSource', { id: rule.id })}</h4>
      <SourceLinks source={rule.source} />
    </div>
  );
}

export function LearnPanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const selection = useAppState((s) => s.selection);
  const finding = useUi((s) => s.learnFinding);
  const subject = learnSubject(selection, finding, (id) => store.getState().design.parts.find((p) => p.id === id));
  return (
    <section className="learn-panel" data-testid="learn-panel" aria-label={t('learn.panelTitle')} tabIndex={0}>
      <h2>
        {t('learn.panelTitle')}
        {subject && (
          <small data-testid="learn-subject" data-from={subject.from}>
            {' '}
            {subject.from === 'part'
              ? t('learn.aboutPart', { kind: t(`kinds.${subject.kind}`), name: subject.name })
              : t('learn.aboutFinding', { id: subject.ruleId })}
          </small>
        )}
      </h2>
      {subject ? (
        <>
          <ConceptView id={subject.concept} lang={lang} onOpenConcept={openConcept} />
          {subject.from === 'finding' && <RuleSource ruleId={subject.ruleId} />}
        </>
      ) : (
        <>
          <p className="hint" data-testid="learn-hint">
            {t('learn.hint')}
          </p>
          <PricingItems />
        </>
      )}
      <div className="learn-actions">
        <button
          type="button"
          data-testid="learn-open"
          onClick={() => ui.set({ learnOpen: true, learnPage: subject ? { kind: 'concept', id: subject.concept } : null })}
        >
          {t('learn.openInLearn')}
        </button>
        <button type="button" data-testid="learn-turn-off" onClick={() => setLearningMode(false)}>
          {t('learn.turnOff')}
        </button>
      </div>
    </section>
  );
}

/**
 * Help > Learn EKS: every concept page and every template's "why this pattern" page, listed on the left,
 * shown on the right. Opens at the page asked for (the Learn panel's concept), else the first concept.
 */
import { useTranslation } from 'react-i18next';
import { CONCEPTS, PATTERNS, type ConceptId, type PatternId } from '../../shared/learn/index.js';
import { TEMPLATES } from '../../templates/index.js';
import { Dialog } from '../app/Dialog.js';
import { ui, useUi, type LearnPage } from '../store/ui-store.js';
import { ConceptView } from './ConceptView.js';
import './learn.css';
import { PatternView } from './PatternView.js';

const FIRST: LearnPage = { kind: 'concept', id: [...CONCEPTS.keys()][0]! };
const go = (page: LearnPage) => ui.set({ learnPage: page });

function NavItem({ page, current, label }: { page: LearnPage; current: LearnPage; label: string }) {
  const here = page.kind === current.kind && page.id === current.id;
  return (
    <li>
      <button
        type="button"
        className="learn-nav-item"
        data-testid={`learn-nav-${page.kind}-${page.id}`}
        aria-current={here ? 'page' : undefined}
        onClick={() => go(page)}
      >
        {label}
      </button>
    </li>
  );
}

export function LearnDialog() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const open = useUi((s) => s.learnOpen);
  const asked = useUi((s) => s.learnPage);
  if (!open) return null;
  const page = asked ?? FIRST;
  const openConcept = (id: ConceptId) => go({ kind: 'concept', id });
  return (
    <Dialog testId="learn-dialog" wide title={t('learn.dialogTitle')} onClose={() => ui.set({ learnOpen: false })}>
      <div className="learn-dialog-body">
        <nav className="learn-nav" aria-label={t('learn.dialogTitle')}>
          <h3>{t('learn.concepts')}</h3>
          <ul>
            {[...CONCEPTS.values()].map((c) => (
              <NavItem key={c.id} page={{ kind: 'concept', id: c.id }} current={page} label={c.title[lang]} />
            ))}
          </ul>
          <h3>{t('learn.patterns')}</h3>
          <ul>
            {/* Listed by the template's own title, in the start screen's order; the heading says "why". */}
            {TEMPLATES.filter((tpl) => PATTERNS.has(tpl.id)).map((tpl) => (
              <NavItem key={tpl.id} page={{ kind: 'pattern', id: tpl.id }} current={page} label={tpl.title[lang]} />
            ))}
          </ul>
        </nav>
        <div className="learn-page" data-testid="learn-page" data-page={`${page.kind}:${page.id}`}>
          {page.kind === 'concept' ? (
            <ConceptView id={page.id as ConceptId} lang={lang} onOpenConcept={openConcept} />
          ) : (
            <PatternView key={`${page.id}-${lang}`} id={page.id as PatternId} lang={lang} onOpenConcept={openConcept} />
          )}
        </div>
      </div>
    </Dialog>
  );
}

/**
 * A template's "why this pattern" page: when to choose it, its trade-offs, and three exam-style questions.
 * The learner picks a choice (radio buttons, so arrow keys move between them) and checks it; the result says
 * whether it was right, which choice is, and why.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { concept, PATTERNS, type ConceptId, type PatternId, type Question } from '../../shared/learn/index.js';
import type { Language } from '../../shared/rules/types.js';
import { NotesSections } from './ConceptView.js';

function QuestionCard({ q, n, total, lang }: { q: Question; n: number; total: number; lang: Language }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<number | null>(null);
  const [checked, setChecked] = useState<number | null>(null);
  const [nudge, setNudge] = useState(false);
  const name = `learn-q-${q.id}`;
  return (
    <fieldset className="learn-question" data-testid={`learn-question-${q.id}`}>
      <legend>
        <small>{t('learn.questionN', { n, total })}</small> {q.question[lang]}
      </legend>
      {q.choices.map((c, i) => (
        <label key={i} className="learn-choice">
          <input
            type="radio"
            name={name}
            data-testid={`learn-choice-${q.id}-${i}`}
            checked={picked === i}
            onChange={() => {
              setPicked(i);
              setChecked(null);
              setNudge(false);
            }}
          />
          <span>{c[lang]}</span>
        </label>
      ))}
      <button
        type="button"
        data-testid={`learn-check-${q.id}`}
        onClick={() => {
          setNudge(picked === null);
          setChecked(picked);
        }}
      >
        {t('learn.check')}
      </button>
      <div aria-live="polite">
        {nudge && <p className="hint">{t('learn.pickFirst')}</p>}
        {checked !== null && (
          <div
            className={`learn-result ${checked === q.answer ? 'correct' : 'incorrect'}`}
            data-testid={`learn-result-${q.id}`}
            data-correct={checked === q.answer ? 'true' : 'false'}
          >
            <b>{checked === q.answer ? t('learn.correct') : t('learn.incorrect', { answer: q.choices[q.answer]![lang] })}</b>
            <p>{q.explanation[lang]}</p>
          </div>
        )}
      </div>
    </fieldset>
  );
}

export function PatternView({
  id,
  lang,
  onOpenConcept,
}: {
  id: PatternId;
  lang: Language;
  onOpenConcept: (id: ConceptId) => void;
}) {
  const { t } = useTranslation();
  const p = PATTERNS.get(id)!;
  return (
    // Keyed by pattern and language so answers start fresh on another page.
    <article className="learn-pattern" data-testid="learn-pattern" data-pattern-id={p.id} key={`${p.id}-${lang}`}>
      <h3 className="learn-title">{p.title[lang]}</h3>
      <h4>{t('learn.whenToChoose')}</h4>
      <ul className="learn-points">
        {p.whenToChoose[lang].map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
      <h4>{t('learn.tradeOffs')}</h4>
      <ul className="learn-points">
        {p.tradeOffs[lang].map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
      <NotesSections sections={p.notes} />
      <div className="learn-related">
        <b>{t('learn.relatedConcepts')}:</b>{' '}
        {p.concepts.map((c) => (
          <button key={c} type="button" className="link-button" onClick={() => onOpenConcept(c)}>
            {concept(c).title[lang]}
          </button>
        ))}
      </div>
      <h4>{t('learn.questions')}</h4>
      {p.questions.map((q, i) => (
        <QuestionCard key={q.id} q={q} n={i + 1} total={p.questions.length} lang={lang} />
      ))}
    </article>
  );
}

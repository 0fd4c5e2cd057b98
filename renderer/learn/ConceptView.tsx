/**
 * One concept page in the UI language: summary, points, exam tip, the study notes' sections it comes from and
 * the AWS pages (the Japanese page first in Japanese, with the English one beside it). Links are shown as text
 * to select and copy: the app is offline and does not navigate away.
 */
import { useTranslation } from 'react-i18next';
import { concept, type ConceptId } from '../../shared/learn/index.js';
import type { Language } from '../../shared/rules/types.js';

export function DocLinks({ id, lang }: { id: ConceptId; lang: Language }) {
  const { t } = useTranslation();
  return (
    <ul className="learn-docs" data-testid="learn-docs">
      {concept(id).docs.map((d) => (
        <li key={d.en}>
          <div>{d.title[lang]}</div>
          {lang === 'ja' && d.ja && (
            <div className="learn-url" data-testid="learn-doc-ja">
              <small>{t('learn.japanese')}:</small> <span>{d.ja}</span>
            </div>
          )}
          <div className="learn-url" data-testid="learn-doc-en">
            {(lang === 'ja' || d.ja) && <small>{t('learn.english')}:</small>} <span>{d.en}</span>
          </div>
          {lang === 'en' && d.ja && (
            <div className="learn-url" data-testid="learn-doc-ja">
              <small>{t('learn.japanese')}:</small> <span>{d.ja}</span>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

export function NotesSections({ sections }: { sections: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <p className="learn-notes" data-testid="learn-notes">
      <b>{t('learn.fromNotes')}:</b>{' '}
      {sections.map((s, i) => (
        <span key={s} lang="ja" className="learn-notes-heading">
          {i > 0 && '、'}「{s}」
        </span>
      ))}
    </p>
  );
}

export function ConceptView({
  id,
  lang,
  headingLevel = 3,
  onOpenConcept,
}: {
  id: ConceptId;
  lang: Language;
  headingLevel?: 2 | 3;
  onOpenConcept: (id: ConceptId) => void;
}) {
  const { t } = useTranslation();
  const c = concept(id);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="learn-concept" data-testid="learn-concept" data-concept-id={c.id}>
      <H className="learn-title">{c.title[lang]}</H>
      <p className="learn-summary">{c.summary[lang]}</p>
      <ul className="learn-points">
        {c.points[lang].map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p className="learn-tip" data-testid="learn-tip">
        <b>{t('learn.examTip')}:</b> {c.examTip[lang]}
      </p>
      <NotesSections sections={c.notes} />
      <h4>{t('learn.docs')}</h4>
      <DocLinks id={c.id} lang={lang} />
      {c.related.length > 0 && (
        <div className="learn-related">
          <b>{t('learn.related')}:</b>{' '}
          {c.related.map((r) => (
            <button
              key={r}
              type="button"
              className="link-button"
              data-testid={`learn-related-${r}`}
              onClick={() => onOpenConcept(r)}
            >
              {concept(r).title[lang]}
            </button>
          ))}
        </div>
      )}
    </article>
  );
}

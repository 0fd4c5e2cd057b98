/** The start screen: the six design-pattern templates, a blank design, open, recent files, backup. */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadTemplate, TEMPLATES } from '../../templates/index.js';
import { backupFromEarlierSession, clearBackup } from '../app/backup.js';
import { newDesign, openFile, openTemplate, openText } from '../app/documents.js';
import { platform } from '../platform/index.js';
import type { FileRef } from '../platform/types.js';
import { store, useAppState } from '../store/app-store.js';
import { TemplatePreview } from './TemplatePreview.js';
import { documentTitle } from '../app/document-title.js';

export function StartScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const [recent, setRecent] = useState<FileRef[]>([]);
  const [backup, setBackup] = useState<string | null>(null);
  const previews = useMemo(() => new Map(TEMPLATES.map((tpl) => [tpl.id, loadTemplate(tpl.id).design])), []);

  // A design is open behind the start screen (Start screen keeps it): offer the way back to it.
  const openName = useAppState((s) => (s.fitRequest > 0 ? documentTitle(s.file, s.design.name) : null));

  useEffect(() => {
    void platform.recentFiles().then(setRecent);
    void backupFromEarlierSession().then(setBackup);
  }, []);

  const openRecent = async (f: FileRef) => {
    const file = await platform.openRecent(f);
    if (file) await openText(file);
  };

  return (
    <main className="start" data-testid="start-screen">
      <h1>EKS Sandbox</h1>
      <p className="subtitle">{t('start.subtitle')}</p>
      {openName !== null && (
        <button type="button" className="back-to-design" data-testid="start-back" onClick={() => store.showEditor()}>
          {t('work.backToDesign', { name: openName })}
        </button>
      )}
      {backup && (
        <div className="banner info" data-testid="backup-offer">
          {t('start.backupFound')}
          <button
            type="button"
            data-testid="backup-restore"
            onClick={() => {
              void openText({ name: 'backup', text: backup }, false).then((opened) => opened && setBackup(null));
            }}
          >
            {t('start.restore')}
          </button>
          <button
            type="button"
            data-testid="backup-discard"
            onClick={() => {
              void clearBackup();
              setBackup(null);
            }}
          >
            {t('start.discard')}
          </button>
        </div>
      )}
      <h2>{t('start.templates')}</h2>
      <div className="template-grid">
        {TEMPLATES.map((tpl) => (
          <button
            type="button"
            key={tpl.id}
            className="template-card"
            data-testid={`template-${tpl.id}`}
            onClick={() => void openTemplate(tpl.id)}
          >
            <TemplatePreview design={previews.get(tpl.id)!} />
            <strong>{tpl.title[lang]}</strong>
            <span>{tpl.description[lang]}</span>
          </button>
        ))}
        <button type="button" className="template-card blank" data-testid="template-blank" onClick={() => void newDesign()}>
          <div className="template-preview blank-preview">+</div>
          <strong>{t('start.blank')}</strong>
          <span>{t('start.blankDescription')}</span>
        </button>
      </div>
      <div className="start-files">
        <button type="button" data-testid="start-open" onClick={() => void openFile()}>
          {t('start.open')}
        </button>
        <h2>{t('start.recent')}</h2>
        {recent.length === 0 ? (
          <p className="hint">{t('start.noRecent')}</p>
        ) : (
          <ul className="recent" data-testid="recent-files">
            {recent.map((f) => (
              <li key={f.handle ?? f.name}>
                <button type="button" onClick={() => void openRecent(f)}>
                  {f.name}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </main>
  );
}

/** The built-in templates as the command line sees them: titles in its language, and CliErrors for bad ids. */
import type { DesignDocument } from '../../shared/model/design.js';
import type { Language } from '../../shared/rules/types.js';
import { isTemplateId, loadTemplate, TEMPLATES } from '../../templates/index.js';
import { CliError } from '../errors.js';
import { text } from '../i18n/render.js';

export function listTemplates(lang: Language = 'en'): { id: string; title: string }[] {
  return TEMPLATES.map((t) => ({ id: t.id, title: t.title[lang] }));
}

/**
 * The template's design document; in Japanese its name, description and parts' notes are the Japanese ones.
 * @throws CliError (exit 2) for an unknown id.
 */
export function findTemplate(id: string, lang: Language = 'en'): DesignDocument {
  if (!isTemplateId(id)) throw new CliError(text('template.unknown', { id, ids: TEMPLATES.map((t) => t.id) }));
  const doc = loadTemplate(id);
  if (lang !== 'ja') return doc;
  const info = TEMPLATES.find((t) => t.id === id)!;
  const parts = doc.design.parts.map((p) => (info.notesJa[p.id] ? { ...p, note: info.notesJa[p.id]! } : p));
  return { ...doc, design: { ...doc.design, name: info.title.ja, description: info.description.ja, parts } };
}

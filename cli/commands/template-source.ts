/** The built-in templates as the command line sees them: English titles, and CliErrors for bad ids. */
import type { DesignDocument } from '../../shared/model/design.js';
import { isTemplateId, loadTemplate, TEMPLATES } from '../../templates/index.js';
import { CliError } from '../errors.js';

export function listTemplates(): { id: string; title: string }[] {
  return TEMPLATES.map((t) => ({ id: t.id, title: t.title.en }));
}

/** The template's design document. @throws CliError (exit 2) for an unknown id. */
export function findTemplate(id: string): DesignDocument {
  if (!isTemplateId(id)) {
    throw new CliError(`unknown template "${id}"; the templates are: ${TEMPLATES.map((t) => t.id).join(', ')}`);
  }
  return loadTemplate(id);
}

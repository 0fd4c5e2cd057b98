/**
 * The one way the UI shows an error: the core's errors carry a text id and parameters (shared/errors), so
 * they are rendered in the UI's language here, inside the sentence that says what failed (open, save,
 * import, or an edit: commands, fixes, connections drawn on the canvas).
 */
import { localizeError } from '../../shared/errors/localized.js';
import { currentLanguage, i18next } from '../i18n/index.js';
import { store } from '../store/app-store.js';

export type ErrorFrame = { action: 'edit' } | { action: 'open' | 'import'; name: string } | { action: 'save' };

/** `err` in the UI's language (for a frame of the caller's own). */
export function errorText(err: unknown): string {
  return localizeError(err, currentLanguage());
}

/** The banner text for `err` in its frame. */
export function errorBannerText(err: unknown, frame: ErrorFrame): string {
  const message = errorText(err);
  switch (frame.action) {
    case 'edit':
      return i18next.t('errors.edit', { message });
    case 'open':
      return i18next.t('errors.openFailed', { name: frame.name, message });
    case 'import':
      return i18next.t('errors.importFailed', { name: frame.name, message });
    case 'save':
      return i18next.t('errors.saveFailed', { message });
  }
}

/** Shows `err` in the error banner. */
export function reportError(err: unknown, frame: ErrorFrame = { action: 'edit' }): void {
  store.setBanner({ kind: 'error', text: errorBannerText(err, frame) });
}

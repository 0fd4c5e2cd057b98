/** The name a person sees for the open document: its file name, else its design name ("untitled" translated). */
import { i18next } from '../i18n/index.js';
import { EMPTY_DESIGN } from '../store/app-store.js';
import type { FileRef } from '../platform/types.js';

export function documentTitle(file: FileRef | null, designName: string): string {
  if (file) return file.name;
  return designName === EMPTY_DESIGN.name ? i18next.t('app.untitled') : designName;
}

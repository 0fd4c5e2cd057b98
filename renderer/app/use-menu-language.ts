/** Keeps the shell's native menu in the UI's language: told once at start and on every switch. */
import { useEffect } from 'react';
import { i18next } from '../i18n/index.js';
import { platform } from '../platform/index.js';

export function useMenuLanguage(): void {
  useEffect(() => {
    const tell = (language: string) => platform.setLanguage?.(language === 'ja' ? 'ja' : 'en');
    tell(i18next.language);
    i18next.on('languageChanged', tell);
    return () => i18next.off('languageChanged', tell);
  }, []);
}

/** i18next set up with the English and Japanese texts; the chosen language is remembered. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { ja } from './ja.js';
import { areasEn, areasJa } from './areas/index.js';

export type UiLanguage = 'en' | 'ja';
const STORAGE_KEY = 'eks-sandbox.language';

function initialLanguage(): UiLanguage {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'ja') return stored;
  return globalThis.navigator?.language?.startsWith('ja') ? 'ja' : 'en';
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: { ...en, ...areasEn } }, ja: { translation: { ...ja, ...areasJa } } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLanguage(lang: UiLanguage): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export function currentLanguage(): UiLanguage {
  return i18next.language === 'ja' ? 'ja' : 'en';
}

export { i18next };

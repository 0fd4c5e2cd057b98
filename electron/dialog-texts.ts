/**
 * The words of the native file dialogs (filter names, button labels) in the app's language, which the
 * renderer sets through `app.setLanguage`, like the menu and the close prompt.
 */
import type { UiLanguage } from '../shared/commands/labels.js';

export interface DialogTexts {
  designFiles: string;
  allFiles: string;
  yamlFiles: string;
  csvFiles: string;
  pngImage: string;
  svgImage: string;
  /** The save dialog's button when it picks the deployment bundle's folder. */
  writeBundle: string;
}

export const DIALOG_TEXTS: Readonly<Record<UiLanguage, DialogTexts>> = {
  en: {
    designFiles: 'EKS Sandbox design',
    allFiles: 'All files',
    yamlFiles: 'eksctl YAML',
    csvFiles: 'CSV',
    pngImage: 'PNG image',
    svgImage: 'SVG image',
    writeBundle: 'Write bundle',
  },
  ja: {
    designFiles: 'EKS Sandbox の設計',
    allFiles: 'すべてのファイル',
    yamlFiles: 'eksctl の YAML',
    csvFiles: 'CSV',
    pngImage: 'PNG 画像',
    svgImage: 'SVG 画像',
    writeBundle: 'バンドルをエクスポート',
  },
};

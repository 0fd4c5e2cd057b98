/** English UI texts (./ui-texts.ts). Rule messages come from the rules themselves (renderDiagnostic). */
import { uiTexts } from './ui-texts.js';

export const en = uiTexts('en');
export type Messages = typeof en;

/** Japanese UI texts (./ui-texts.ts), using the terms of the glossary (../shared/reference/glossary-ja.md, beside the checkout). */
import type { Messages } from './en.js';
import { uiTexts } from './ui-texts.js';

export const ja: Messages = uiTexts('ja');

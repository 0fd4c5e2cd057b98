import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { i18next } from '../i18n/index.js';
import { canvasAriaLabels } from './canvas-names.js';

describe("React Flow's screen-reader texts", () => {
  it('are given in the UI language, never as React Flow English in Japanese', async () => {
    await i18next.changeLanguage('en');
    const en = canvasAriaLabels(i18next.t as TFunction);
    await i18next.changeLanguage('ja');
    const ja = canvasAriaLabels(i18next.t as TFunction);
    await i18next.changeLanguage('en');
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      if (typeof en[key] !== 'string') continue;
      expect(ja[key], key).not.toBe(en[key]);
      expect(ja[key] as string, key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});

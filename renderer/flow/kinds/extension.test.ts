/**
 * The renderer half of "a new kind is 2 new files plus 2 registry lines": the shared registry plus the
 * fixture security group, and the view registry plus its view, reach the canvas tables, the palette list
 * and the label lookup (kind name and inspector field labels, in English and Japanese) with nothing else
 * edited.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { deriveKindTables } from '../../../shared/model/kinds/derive.js';
import { KIND_TABLES, PART_KIND_MODULES } from '../../../shared/model/kinds/index.js';
import { securityGroupKind } from '../../../shared/model/kinds/test-support/security-group.js';
import { areasEn, areasJa } from '../../i18n/areas/index.js';
import { en } from '../../i18n/en.js';
import { ja } from '../../i18n/ja.js';
import { allFields, fieldsOf } from '../../panels/schema-fields.js';
import { labelKey } from '../../panels/fields/field-text.js';
import { paletteKinds } from '../palette-kinds.js';
import { deriveKindViews } from './derive.js';
import { KIND_VIEW_TABLES, KIND_VIEWS } from './index.js';
import { securityGroupView } from './test-support/security-group.js';

const tables = deriveKindTables([...PART_KIND_MODULES, securityGroupKind]);
const views = deriveKindViews([...KIND_VIEWS, securityGroupView]);

/** i18next with the app's texts, kind names and field labels taken from the extended registry. */
async function translator(lang: 'en' | 'ja') {
  const base = lang === 'en' ? { ...en, ...areasEn } : { ...ja, ...areasJa };
  const translation = {
    ...base,
    kinds: tables.kindNames[lang],
    inspectorFields: { ...base.inspectorFields, kindLabels: tables.fieldLabels[lang] },
  };
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { [lang]: { translation } }, lng: lang, interpolation: { escapeValue: false } });
  return { t: i18n.t.bind(i18n), kindLabels: translation.inspectorFields.kindLabels };
}

describe('a kind added to both registries', () => {
  it('gets its colour, glyph, outline and card facts', () => {
    expect(views.colors['security-group']).toBe('#dd344c');
    expect(views.glyphs['security-group']).toHaveLength(2);
    expect(views.dashed.has('security-group')).toBe(false);
    expect(views.facts({ kind: 'security-group', props: { ingressCidrs: ['10.0.0.0/8', '192.168.0.0/16'] } }, 'en')).toEqual([
      '2 inbound CIDRs',
    ]);
    for (const kind of KIND_TABLES.kinds) expect(views.colors[kind]).toBe(KIND_VIEW_TABLES.colors[kind]);
  });

  it('is in the palette list, found by its name in either language', async () => {
    const enT = await translator('en');
    const jaT = await translator('ja');
    expect(paletteKinds(tables.kinds, (k) => enT.t(`kinds.${k}`)).at(-1)).toBe('security-group');
    expect(paletteKinds(tables.kinds, (k) => enT.t(`kinds.${k}`), 'security')).toEqual(['security-group']);
    expect(paletteKinds(tables.kinds, (k) => jaT.t(`kinds.${k}`), 'セキュリティ')).toEqual(['security-group']);
  });

  it('has its name and every field label in English and Japanese through the inspector lookup', async () => {
    for (const [lang, name, label] of [
      ['en', 'Security group', 'Inbound allowed from (CIDRs)'],
      ['ja', 'セキュリティグループ', 'インバウンドを許可する CIDR'],
    ] as const) {
      const { t, kindLabels } = await translator(lang);
      expect(t('kinds.security-group')).toBe(name);
      const fields = allFields(fieldsOf(securityGroupKind.propsSchema));
      expect(fields.map((f) => f.key)).toEqual(['ingressCidrs', 'existingGroupId']);
      const texts = fields.map((f) => {
        const key = labelKey('security-group', f.key, kindLabels);
        return key === undefined ? undefined : t(key);
      });
      expect(texts[0]).toBe(label);
      expect(texts.every((text) => typeof text === 'string' && text.length > 0 && !text.startsWith('inspectorFields'))).toBe(
        true,
      );
    }
  });
});

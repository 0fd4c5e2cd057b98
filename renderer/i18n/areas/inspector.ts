/**
 * UI texts of the inspector's fields (`inspector.json`, English and Japanese with the same keys, checked by
 * `languagePair`), with the labels that other modules own added in each language.
 *
 * A kind's own fields are labelled in its kind module (shared/model/kinds/<kind>.ts, `labels.<lang>.fields`),
 * which `kindLabels` reads; `labels` names the fields several kinds share through one structure (the cluster's
 * add-ons from shared/model/addons.ts, Karpenter capacity, taint and selector rows), with their units.
 * `options` glosses enum values that are not self-explanatory (the value is shown beside the gloss;
 * `optionWithValue` is how a select shows them), `group` has the generic add/remove sentences and the ones for
 * groups where the generic sentence reads badly.
 */
import { addonLabels } from '../../../shared/model/addons.js';
import { KIND_TABLES } from '../../../shared/model/kinds/index.js';
import type { Language } from '../../../shared/rules/types.js';
import { languagePair } from '../language-pair.js';
import inspector from './inspector.json' with { type: 'json' };

const texts = languagePair(inspector);

function inLanguage(lang: Language) {
  return {
    ...texts[lang],
    labels: { ...addonLabels(lang), ...texts[lang].labels },
    kindLabels: KIND_TABLES.fieldLabels[lang],
  };
}

export const inspectorEn = inLanguage('en');
export const inspectorJa: typeof inspectorEn = inLanguage('ja');

/**
 * The UI texts outside the editor's areas (`texts.json`, English and Japanese with the same keys, checked by
 * `languagePair`), with what other modules own added in each language: each kind's name comes from its kind
 * module (shared/model/kinds/<kind>.ts), command labels from the commands (shared/commands/descriptors.ts).
 * `rules.areas` names the rule areas, one per folder of shared/rules/catalog (the rules reference's search finds
 * them too); the type requires a name for every area.
 */
import { commandLabels } from '../../shared/commands/labels.js';
import { KIND_TABLES } from '../../shared/model/kinds/index.js';
import type { Language, RuleArea } from '../../shared/rules/types.js';
import { languagePair } from './language-pair.js';
import texts from './texts.json' with { type: 'json' };

const pair = languagePair(texts);

export function uiTexts(lang: Language) {
  const own = pair[lang];
  return {
    ...own,
    kinds: KIND_TABLES.kindNames[lang],
    cmd: commandLabels(lang),
    rules: { ...own.rules, areas: own.rules.areas satisfies Record<RuleArea, string> },
  };
}

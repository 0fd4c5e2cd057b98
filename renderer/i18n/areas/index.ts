/**
 * Every area's texts under its own top-level key (e.g. `t('work.saveChanges')`), one JSON file an area with its
 * English and Japanese side by side (checked to have the same keys by `languagePair`), so each area's strings sit
 * together:
 * - `work.json`: the save-changes question, the start screen's way back, the cluster.yaml export dialog (and the
 *   YAML preview of a design with several clusters, which shows one of them).
 * - `exports.json`: the image export dialog (renderer/export).
 * - `connections.json`: connection kinds, the spoken name of a connection on the canvas (screen readers), the
 *   legend and the inspector's connection lists (`from` and each target carry their article in English).
 * - `problems.json`: the problems panel, a finding's badge (its severity, named the way people say it), how a
 *   part on the canvas announces itself to a screen reader, and React Flow's own screen-reader texts.
 * - `deploy.json`: the deployment bundle: the preview's tabs and File > Export deployment bundle.
 * - `suppressions.json`: the Suppress… buttons, their dialog, the suppressed group of the problems panel, the
 *   inspector's list and the count in the rules reference ("Suppress" is 「抑制」, as linters say it).
 * - `learn.json`: the Learn panel and Help > Learn (the content itself is shared/learn).
 * - `compare.json`: File > Compare with…, its dialog and the compare panel.
 * - the inspector's fields: ./inspector.ts.
 */
import type { Language } from '../../../shared/rules/types.js';
import { languagePair } from '../language-pair.js';
import compare from './compare.json' with { type: 'json' };
import connections from './connections.json' with { type: 'json' };
import deploy from './deploy.json' with { type: 'json' };
import exports from './exports.json' with { type: 'json' };
import { inspectorEn, inspectorJa } from './inspector.js';
import learn from './learn.json' with { type: 'json' };
import problems from './problems.json' with { type: 'json' };
import suppressions from './suppressions.json' with { type: 'json' };
import work from './work.json' with { type: 'json' };

const areas = {
  work: languagePair(work),
  exports: languagePair(exports),
  connections: languagePair(connections),
  problemsPanel: languagePair(problems),
  deploy: languagePair(deploy),
  suppressions: languagePair(suppressions),
  learn: languagePair(learn),
  compare: languagePair(compare),
};

function inLanguage(lang: Language) {
  return {
    work: areas.work[lang],
    exports: areas.exports[lang],
    inspectorFields: lang === 'en' ? inspectorEn : inspectorJa,
    connections: areas.connections[lang],
    problemsPanel: areas.problemsPanel[lang],
    deploy: areas.deploy[lang],
    suppressions: areas.suppressions[lang],
    learn: areas.learn[lang],
    compare: areas.compare[lang],
  };
}

export const areasEn = inLanguage('en');
export const areasJa: typeof areasEn = inLanguage('ja');

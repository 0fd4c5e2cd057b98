/** The one-line key facts drawn on a part (instance type and sizes, CIDR, AZ, scheme...), from its kind's view. */
import type { Part } from '../../shared/model/parts.js';
import type { FactLanguage } from './kinds/fact-texts.js';
import { KIND_VIEW_TABLES } from './kinds/index.js';

export function keyFacts(part: Part, lang: FactLanguage): string[] {
  return KIND_VIEW_TABLES.facts(part, lang);
}

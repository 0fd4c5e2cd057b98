/**
 * The English and Japanese halves of a UI text table kept as JSON (`{ "en": {…}, "ja": {…} }`, the i18next
 * resource of each language side by side), checked to have exactly the same keys at every depth: each half must
 * be assignable to the other, so a key one language lacks, or a text where the other has a group, fails to
 * compile, as the `ja: typeof en` annotation of the TS tables did.
 */
export function languagePair<T extends { en: object; ja: object }>(
  table: T & { en: NoInfer<T['ja']>; ja: NoInfer<T['en']> },
): { en: T['en']; ja: T['en'] } {
  return table;
}

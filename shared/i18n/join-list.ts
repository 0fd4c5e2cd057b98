/** Joins names the way each language lists them: "a, b" in English, 「a、b」 in Japanese. */
export function joinList(items: readonly string[], lang: 'en' | 'ja'): string {
  return items.join(lang === 'ja' ? '、' : ', ');
}

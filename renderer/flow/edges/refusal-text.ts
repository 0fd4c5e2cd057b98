/** A refused connection in the user's words: "An ECR repository connects only to a Workload". */
import type { TFunction } from 'i18next';
import type { ConnectionRefusal } from '../../../shared/editor/connection-check.js';
import type { PartKind } from '../../../shared/model/parts.js';

/** English needs "a"/"an" before a kind's name; the kind names all start with a capital or an acronym. */
export function withArticle(name: string, lang: string): string {
  if (!lang.startsWith('en')) return name;
  return `${/^[AEIOU]/i.test(name) ? 'An' : 'A'} ${name}`;
}

function lowerArticle(name: string, lang: string): string {
  const s = withArticle(name, lang);
  return s === name ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

export function refusalText(refusal: ConnectionRefusal, t: TFunction, lang: string): string {
  const kind = (k: PartKind) => t(`kinds.${k}`);
  switch (refusal.code) {
    case 'wrong-kinds': {
      const from = withArticle(kind(refusal.from), lang);
      if (refusal.targets.length === 0) return t('connections.refusal.no-targets', { from });
      const targets = refusal.targets.map((k) => lowerArticle(kind(k), lang)).join(t('connections.refusal.or'));
      return t('connections.refusal.wrong-kinds', { from, targets });
    }
    case 'duplicate':
      return t('connections.refusal.duplicate');
    case 'same-part':
      return t('connections.refusal.same-part');
    case 'missing-part':
      return t('connections.refusal.missing-part');
  }
}

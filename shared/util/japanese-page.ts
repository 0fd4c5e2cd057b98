/**
 * The Japanese page of an English AWS page, where AWS publishes one under a fixed path: documentation on
 * docs.aws.amazon.com has its twin under `/ja_jp/`, the marketing site (pricing, product pages) under `/jp/`.
 * Other sites (GitHub, eksctl.io, kubernetes.io, Karpenter) have none, and none is made up for them.
 */
const EN_AWS_DOC = /^https:\/\/docs\.aws\.amazon\.com\/(?!ja_jp\/)[a-zA-Z0-9][\w\-./]*\.html(#[\w-]+)?$/;
const EN_AWS_SITE = /^https:\/\/aws\.amazon\.com\/(?!jp\/)[\w\-/]+\/$/;

export function japanesePageOf(en: string): string | null {
  if (EN_AWS_DOC.test(en)) return en.replace('https://docs.aws.amazon.com/', 'https://docs.aws.amazon.com/ja_jp/');
  if (EN_AWS_SITE.test(en)) return en.replace('https://aws.amazon.com/', 'https://aws.amazon.com/jp/');
  return null;
}

/** A source to cite: the English page and, where there is one, its Japanese twin. */
export interface SourcePages {
  en: string;
  ja?: string;
}

export function sourcePages(en: string): SourcePages {
  const ja = japanesePageOf(en);
  return ja === null ? { en } : { en, ja };
}

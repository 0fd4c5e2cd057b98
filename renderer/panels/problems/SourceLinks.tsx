/**
 * Where a rule's fact comes from: the English page and, when AWS publishes one, its Japanese (ja_jp) twin,
 * the Japanese one first in Japanese. Shown as text to select and copy: the app is offline.
 */
import { useTranslation } from 'react-i18next';
import { sourcePages } from '../../../shared/util/japanese-page.js';

export function SourceLinks({ source }: { source: string }) {
  const { t, i18n } = useTranslation();
  const pages = sourcePages(source);
  const ja = pages.ja && (
    <span className="source-ja" data-testid="source-ja">
      {t('learn.japanese')}: <span className="source-url-ja">{pages.ja}</span>
    </span>
  );
  const en = (
    <span className="source-en">
      {pages.ja && `${t('learn.english')}: `}
      <span className="source-url">{pages.en}</span>
    </span>
  );
  const jaFirst = i18n.language === 'ja';
  return (
    <div className="source" data-testid="source">
      {t('problems.source')}: {jaFirst ? ja : en}
      {pages.ja && ' · '}
      {jaFirst ? en : ja}
    </div>
  );
}

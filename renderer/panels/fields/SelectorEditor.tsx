/**
 * A Fargate profile's Pod selectors: each a namespace plus the labels a Pod must carry. A selector without
 * a namespace is flagged and kept out of the saved value until it has one.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyValueEditor } from './KeyValueEditor.js';
import { sameValue } from './rows.js';

interface Selector {
  namespace: string;
  labels: Record<string, string>;
}

interface Props {
  value: readonly Selector[] | undefined;
  onCommit: (value: Selector[]) => void;
  label: string;
}

const complete = (selectors: readonly Selector[]) =>
  selectors.filter((s) => s.namespace.trim() !== '').map((s) => ({ ...s, namespace: s.namespace.trim() }));

export function SelectorEditor({ value, onCommit, label }: Props) {
  const { t } = useTranslation();
  const [selectors, setSelectors] = useState<Selector[]>(() => [...(value ?? [])]);
  const [touched, setTouched] = useState<ReadonlySet<number>>(new Set());

  // The part changed elsewhere (undo, another editor): show its selectors unless the shown ones stand for
  // them. Which selectors were left without a namespace belongs to the selectors shown, so it goes too:
  // a selector added at that place later has not been touched.
  useEffect(() => {
    if (sameValue(complete(selectors), value ?? [])) return;
    setSelectors([...(value ?? [])]);
    setTouched(new Set());
    // Keyed on the value only: typing changes `selectors`, which must not replace them.
  }, [value]);

  const save = (next: Selector[]) => {
    const saved = complete(next);
    if (!sameValue(saved, value ?? [])) onCommit(saved);
  };
  const update = (i: number, patch: Partial<Selector>) => selectors.map((s, j) => (j === i ? { ...s, ...patch } : s));

  return (
    <div className="selector-list" role="group" aria-label={label}>
      {selectors.map((selector, i) => {
        const missing = touched.has(i) && selector.namespace.trim() === '';
        return (
          <div key={i} className="selector-card" data-testid="selector">
            <div className="selector-head">
              <span>{t('inspectorFields.selectors.title', { n: i + 1 })}</span>
              <button
                type="button"
                className="row-remove"
                data-testid="selector-remove"
                aria-label={t('inspectorFields.selectors.remove')}
                title={t('inspectorFields.selectors.remove')}
                onClick={() => {
                  const next = selectors.filter((_, j) => j !== i);
                  setSelectors(next);
                  save(next);
                }}
              >
                ×
              </button>
            </div>
            <label className="field-label" htmlFor={`selector-ns-${i}`}>
              {t('inspectorFields.labels.namespace')}
            </label>
            <input
              id={`selector-ns-${i}`}
              data-testid="selector-namespace"
              aria-invalid={missing ? true : undefined}
              value={selector.namespace}
              onChange={(e) => setSelectors(update(i, { namespace: e.target.value }))}
              onBlur={() => {
                setTouched(new Set(touched).add(i));
                save(selectors);
              }}
              onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLElement).blur()}
            />
            {missing && (
              <div className="field-error" data-testid="field-error" role="alert">
                {t('inspectorFields.messages.namespaceRequired')}
              </div>
            )}
            <span className="field-label">{t('inspectorFields.kindLabels.fargate-profile.labels')}</span>
            <KeyValueEditor
              value={selector.labels}
              label={t('inspectorFields.kindLabels.fargate-profile.labels')}
              onCommit={(labels) => {
                const next = update(i, { labels });
                setSelectors(next);
                save(next);
              }}
            />
          </div>
        );
      })}
      <button
        type="button"
        className="row-add"
        data-testid="selector-add"
        onClick={() => setSelectors([...selectors, { namespace: '', labels: {} }])}
      >
        + {t('inspectorFields.selectors.add')}
      </button>
    </div>
  );
}

/** The eksctl cluster.yaml the design exports to, refreshed after committed edits. */
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { designYaml } from '../app/yaml.js';
import { useAppState } from '../store/app-store.js';

export function YamlPreview() {
  const { t } = useTranslation();
  // Diagnostics change only after a committed edit, so keying on them skips drag frames.
  const diagnostics = useAppState((s) => s.diagnostics);
  const design = useAppState((s) => s.design);
  const committed = useMemo(() => design, [diagnostics]);
  const deferred = useDeferredValue(committed);
  const out = useMemo(() => designYaml(deferred), [deferred]);
  return (
    // Focusable so keyboard users can scroll the YAML (it has nothing else to focus).
    <section className="yaml-preview" data-testid="yaml-preview" aria-label={t('yaml.title')} tabIndex={0}>
      <h2>{t('yaml.title')}</h2>
      {out.ok ? (
        <pre data-testid="yaml-text">{out.yaml}</pre>
      ) : (
        <p className="error">{t('yaml.failed', { message: out.message })}</p>
      )}
    </section>
  );
}

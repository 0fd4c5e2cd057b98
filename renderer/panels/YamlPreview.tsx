/**
 * The eksctl cluster.yaml the design exports to, refreshed after committed edits. With several clusters
 * it shows the one Export would write: the selected cluster (or the one around the selection), else the
 * first, and says which.
 */
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseCluster } from '../../shared/export/index.js';
import { designYaml } from '../app/yaml.js';
import { useAppState } from '../store/app-store.js';

export function YamlPreview() {
  const { t } = useTranslation();
  // Diagnostics change only after a committed edit, so keying on them skips drag frames.
  const diagnostics = useAppState((s) => s.diagnostics);
  const design = useAppState((s) => s.design);
  const selection = useAppState((s) => s.selection);
  const committed = useMemo(() => design, [diagnostics]);
  const deferred = useDeferredValue(committed);
  const choice = useMemo(() => chooseCluster(deferred, selection), [deferred, selection]);
  const clusterId = choice.clusterId ?? choice.clusters[0]?.id;
  const out = useMemo(() => designYaml(deferred, clusterId), [deferred, clusterId]);
  const shown = choice.clusters.findIndex((c) => c.id === clusterId);
  return (
    // Focusable so keyboard users can scroll the YAML (it has nothing else to focus).
    <section className="yaml-preview" data-testid="yaml-preview" aria-label={t('yaml.title')} tabIndex={0}>
      <h2>{t('yaml.title')}</h2>
      {choice.clusters.length > 1 && (
        <p className="hint" data-testid="yaml-preview-cluster">
          {t('work.previewCluster', { name: choice.clusters[shown]!.name, index: shown + 1, count: choice.clusters.length })}
        </p>
      )}
      {out.ok ? (
        <pre data-testid="yaml-text">{out.yaml}</pre>
      ) : (
        <p className="error">{t('yaml.failed', { message: out.message })}</p>
      )}
    </section>
  );
}

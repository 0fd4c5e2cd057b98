/**
 * The deployment preview: tabs for the eksctl cluster.yaml the design exports to, the workloads' manifests,
 * the controller installs and the runbook (DEPLOY.md in the UI language), refreshed after committed edits.
 * With several clusters it shows the one Export would write: the selected cluster (or the one around the
 * selection), else the first, and says which. Only the open tab is computed.
 */
import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseCluster } from '../../shared/export/index.js';
import { designYaml } from '../app/yaml.js';
import { currentLanguage } from '../i18n/index.js';
import { useAppState } from '../store/app-store.js';
import { deployPreview } from './deploy-preview.js';
import { DeployTabContent, type PreviewTab } from './DeployTabs.js';

const TABS: readonly PreviewTab[] = ['cluster', 'manifests', 'controllers', 'runbook'];

export function YamlPreview() {
  const { t, i18n } = useTranslation();
  // Diagnostics change only after a committed edit, so keying on them skips drag frames.
  const diagnostics = useAppState((s) => s.diagnostics);
  const design = useAppState((s) => s.design);
  const selection = useAppState((s) => s.selection);
  const [tab, setTab] = useState<PreviewTab>('cluster');
  const baseId = useId();
  const committed = useMemo(() => design, [diagnostics]);
  const deferred = useDeferredValue(committed);
  const choice = useMemo(() => chooseCluster(deferred, selection), [deferred, selection]);
  const clusterId = choice.clusterId ?? choice.clusters[0]?.id;
  const lang = currentLanguage();
  // The comments of cluster.yaml follow the UI's language, so a language switch renders it again.
  const out = useMemo(() => designYaml(deferred, clusterId, lang), [deferred, clusterId, lang]);
  const preview = useMemo(
    () => (tab === 'cluster' || !out.ok ? undefined : deployPreview(deferred, clusterId, out.yaml, lang)),
    [tab, out, deferred, clusterId, lang, i18n.language],
  );
  const shown = choice.clusters.findIndex((c) => c.id === clusterId);

  // Arrow keys move between tabs, as in any tab list (WAI-ARIA tabs pattern, automatic activation).
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    setTab(next);
    document.getElementById(`${baseId}-tab-${next}`)?.focus();
  };

  return (
    <section className="yaml-preview" data-testid="yaml-preview" aria-label={t('yaml.title')}>
      <div className="preview-tabs" role="tablist" aria-label={t('deploy.tabsLabel')}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`${baseId}-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`${baseId}-panel`}
            tabIndex={tab === id ? 0 : -1}
            data-testid={`preview-tab-${id}`}
            onClick={() => setTab(id)}
            onKeyDown={onKeyDown}
          >
            {t(`deploy.tabs.${id}`)}
          </button>
        ))}
      </div>
      {choice.clusters.length > 1 && (
        <p className="hint" data-testid="yaml-preview-cluster">
          {t('work.previewCluster', { name: choice.clusters[shown]!.name, index: shown + 1, count: choice.clusters.length })}
        </p>
      )}
      {/* Focusable so keyboard users can scroll the text (it has nothing else to focus). */}
      <div
        className="preview-panel"
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-tab-${tab}`}
        tabIndex={0}
        data-testid={`preview-panel-${tab}`}
      >
        {!out.ok ? (
          <p className="error">{t('yaml.failed', { message: out.message })}</p>
        ) : tab === 'cluster' ? (
          <pre data-testid="yaml-text">{out.yaml}</pre>
        ) : (
          <DeployTabContent tab={tab} preview={preview!} lang={lang} />
        )}
      </div>
    </section>
  );
}

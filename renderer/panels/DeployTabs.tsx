/** The contents of the manifests, controllers and runbook tabs of the YAML preview. */
import { useTranslation } from 'react-i18next';
import { chartSource, renderValuesFile } from '../../shared/deploy/index.js';
import type { Lang } from '../../shared/deploy/types.js';
import type { DeployPreview } from './deploy-preview.js';

export type PreviewTab = 'cluster' | 'manifests' | 'controllers' | 'runbook';

export function DeployTabContent(props: { tab: Exclude<PreviewTab, 'cluster'>; preview: DeployPreview; lang: Lang }) {
  const { t } = useTranslation();
  const { tab, preview, lang } = props;
  if (!preview.ok) return <p className="error">{t('yaml.failed', { message: preview.message })}</p>;
  if (tab === 'runbook') {
    const md = preview.files.find((f) => f.path === 'DEPLOY.md')!;
    return (
      <pre className="runbook" data-testid="deploy-runbook">
        {md.content}
      </pre>
    );
  }
  if (tab === 'manifests') {
    const manifests = preview.files.filter((f) => f.path.startsWith('manifests/'));
    if (manifests.length === 0)
      return (
        <p className="hint" data-testid="deploy-no-manifests">
          {t('deploy.noManifests')}
        </p>
      );
    return (
      <div data-testid="deploy-manifests">
        {manifests.map((f) => (
          <section key={f.path} className="deploy-file">
            <h3>{f.path}</h3>
            <pre>{f.content}</pre>
          </section>
        ))}
      </div>
    );
  }
  const { controllers } = preview.plan;
  if (controllers.length === 0) return <p className="hint">{t('deploy.noControllers')}</p>;
  return (
    <div data-testid="deploy-controllers">
      {controllers.map((c) => (
        <section key={c.id} className="deploy-file" data-controller={c.id}>
          <h3>{c.title}</h3>
          <p className="hint">{c.reason[lang]}</p>
          <p className="facts">
            {t('deploy.controllerFacts', { namespace: c.namespace, by: t(`deploy.installedBy.${c.installedBy}`) })}
            {c.chart && (
              <>
                <br />
                {t('deploy.chart', { name: c.chart.name, version: c.chart.version, repo: chartSource(c.chart) })}
              </>
            )}
            {c.serviceAccount && (
              <>
                <br />
                {t('deploy.serviceAccount', { name: c.serviceAccount.name })}
              </>
            )}
          </p>
          {c.unsupported && (
            <p className="error" role="note">
              {c.unsupported[lang]}
            </p>
          )}
          {c.installedBy === 'helm' && <pre>{renderValuesFile(c)}</pre>}
        </section>
      ))}
    </div>
  );
}

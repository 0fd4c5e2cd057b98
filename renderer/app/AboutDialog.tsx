/** Help > About: the app's name and version, its license, and how current its AWS data is. */
import { useTranslation } from 'react-i18next';
import { APP_NAME, APP_VERSION } from '../../shared/app-info.js';
import { KUBERNETES_VERSION_CALENDAR } from '../../shared/data/kubernetes-versions.js';
import { ui, useUi } from '../store/ui-store.js';
import { Dialog } from './Dialog.js';

export function AboutDialog() {
  const { t } = useTranslation();
  const open = useUi((s) => s.aboutOpen);
  if (!open) return null;
  return (
    <Dialog testId="about" title={t('about.title', { name: APP_NAME })} onClose={() => ui.set({ aboutOpen: false })}>
      <dl className="about">
        <dt>{t('about.version')}</dt>
        <dd data-testid="about-version">
          {APP_NAME} {APP_VERSION}
        </dd>
        <dt>{t('about.license')}</dt>
        <dd>Apache-2.0</dd>
        <dt>{t('about.dataAsOf')}</dt>
        <dd data-testid="about-data-as-of">{KUBERNETES_VERSION_CALENDAR.asOf}</dd>
      </dl>
      <p className="hint">{t('about.offline')}</p>
    </Dialog>
  );
}

/**
 * File > Export deployment bundle: the same questions as Export cluster.yaml (./confirm-export.ts), then the
 * whole folder: cluster.yaml, manifests/, helm/, DEPLOY.md in the UI language, deploy.sh.
 */
import { deploymentBundle } from '../../shared/deploy/index.js';
import { currentLanguage, i18next } from '../i18n/index.js';
import { platform } from '../platform/index.js';
import { store } from '../store/app-store.js';
import { confirmExport } from './confirm-export.js';
import { askReplaceBundle } from './ReplaceBundleDialog.js';

export async function exportDeploymentBundle(): Promise<void> {
  const confirmed = await confirmExport();
  if (!confirmed) return;
  const { design, clusterId, yaml } = confirmed;
  const { files, plan } = deploymentBundle(design, { clusterId, lang: currentLanguage(), clusterYaml: yaml });
  const written = await platform.exportBundle(files, `${plan.clusterName}-bundle`, askReplaceBundle);
  if (written)
    store.setBanner({ kind: 'info', text: i18next.t('deploy.saved', { count: files.length, folder: written.folder }) });
}

/**
 * File > Export deployment bundle: like Export cluster.yaml (the same questions about errors and which
 * cluster), then the whole folder: cluster.yaml, manifests/, helm/, DEPLOY.md in the UI language, deploy.sh.
 */
import { deploymentBundle } from '../../shared/deploy/index.js';
import { chooseCluster } from '../../shared/export/index.js';
import { defaultRuleContext, validateDesign } from '../../shared/rules/engine.js';
import { currentLanguage, i18next } from '../i18n/index.js';
import { platform } from '../platform/index.js';
import { store } from '../store/app-store.js';
import { askExport } from './ExportYamlDialog.js';
import { askReplaceBundle } from './ReplaceBundleDialog.js';
import { designYaml } from './yaml.js';

export async function exportDeploymentBundle(): Promise<void> {
  const { design, selection } = store.getState();
  const choice = chooseCluster(design, selection);
  if (choice.clusters.length === 0) {
    const out = designYaml(design);
    throw new Error(out.ok ? 'no cluster' : out.message);
  }
  const errors = validateDesign(design, defaultRuleContext()).filter((d) => d.severity === 'error');
  let clusterId = choice.clusterId;
  if (errors.length > 0 || clusterId === undefined) {
    const answer = await askExport({
      errors,
      names: new Map(design.parts.map((p) => [p.id, p.name])),
      clusters: clusterId === undefined ? choice.clusters : [],
    });
    if (answer === null) return;
    clusterId = clusterId ?? answer.clusterId;
  }
  if (clusterId === undefined) return;
  const out = designYaml(design, clusterId);
  if (!out.ok) throw new Error(out.message);
  const { files, plan } = deploymentBundle(design, { clusterId, lang: currentLanguage(), clusterYaml: out.yaml });
  const written = await platform.exportBundle(files, `${plan.clusterName}-bundle`, askReplaceBundle);
  if (written)
    store.setBanner({ kind: 'info', text: i18next.t('deploy.saved', { count: files.length, folder: written.folder }) });
}

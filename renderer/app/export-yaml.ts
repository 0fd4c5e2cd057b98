/**
 * File > Export cluster.yaml. Like `eks-sandbox export`, a design with error-level findings is not
 * exported without a word: the user sees the errors and may export anyway (the CLI's --force). With
 * several clusters, the one selected (or around the selection) is exported as `<cluster>.yaml`; when the
 * selection does not say, the same dialog asks which.
 */
import { chooseCluster, exportFileName } from '../../shared/export/index.js';
import { defaultRuleContext, validateDesign } from '../../shared/rules/engine.js';
import { platform } from '../platform/index.js';
import { store } from '../store/app-store.js';
import { askExport } from './ExportYamlDialog.js';
import { designYaml } from './yaml.js';

/** Exports the YAML; throws with the exporter's message when there is nothing to export (no cluster). */
export async function exportClusterYaml(): Promise<void> {
  const { design, selection } = store.getState();
  const choice = chooseCluster(design, selection);
  if (choice.clusters.length === 0) {
    const out = designYaml(design);
    throw new Error(out.ok ? 'no cluster' : out.message);
  }
  // Checked now rather than read from the store, whose findings of a big design may lag the last edit.
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
  await platform.exportYaml(out.yaml, exportFileName(choice, clusterId));
}

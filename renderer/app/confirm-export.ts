/**
 * The questions every export of cluster.yaml asks first, as `eks-sandbox export` does: a design with
 * error-level findings is not exported without a word (the user sees the errors and may export anyway, the
 * CLI's --force), and with several clusters the selected one (or the one around the selection) is exported;
 * when the selection does not say, the same dialog asks which.
 */
import type { Design } from '../../shared/model/design.js';
import { chooseCluster, type ClusterChoice } from '../../shared/export/index.js';
import { defaultRuleContext, validateDesign } from '../../shared/rules/engine.js';
import { store } from '../store/app-store.js';
import { askExport } from './ExportYamlDialog.js';
import { designYaml } from './yaml.js';

export interface ConfirmedExport {
  design: Design;
  choice: ClusterChoice;
  clusterId: string;
  /** The cluster's cluster.yaml, as the preview and the CLI write it. */
  yaml: string;
}

/**
 * Asks what must be asked and returns the cluster to export with its YAML, or null when the user cancelled.
 * @throws Error with the exporter's message when there is nothing to export (no cluster).
 */
export async function confirmExport(): Promise<ConfirmedExport | null> {
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
    if (answer === null) return null;
    clusterId = clusterId ?? answer.clusterId;
  }
  if (clusterId === undefined) return null;
  const out = designYaml(design, clusterId);
  if (!out.ok) throw new Error(out.message);
  return { design, choice, clusterId, yaml: out.yaml };
}

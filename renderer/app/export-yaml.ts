/** File > Export cluster.yaml: after the export questions (./confirm-export.ts), `<cluster>.yaml` or cluster.yaml. */
import { exportFileName } from '../../shared/export/index.js';
import { platform } from '../platform/index.js';
import { confirmExport } from './confirm-export.js';

/** Exports the YAML; throws with the exporter's message when there is nothing to export (no cluster). */
export async function exportClusterYaml(): Promise<void> {
  const confirmed = await confirmExport();
  if (!confirmed) return;
  await platform.exportYaml(confirmed.yaml, exportFileName(confirmed.choice, confirmed.clusterId));
}

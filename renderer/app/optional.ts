/**
 * Modules written alongside the UI that a build may not have yet. `import.meta.glob` resolves to an
 * empty map when the file is missing, so the UI degrades to a message instead of failing to build.
 */
import type { Design } from '../../shared/model/design.js';

type ExportModule = { exportEksctlYaml?: (design: Design, options: { force: boolean }) => unknown };
const exportModules = import.meta.glob<ExportModule>('../../shared/export/index.ts', { eager: true });

export type YamlResult = { ok: true; yaml: string } | { ok: false; message: string } | { ok: false; unavailable: true };

/** eksctl YAML of the design, exported even when rules report errors (`force`). */
export function exportYaml(design: Design): YamlResult {
  const fn = Object.values(exportModules)[0]?.exportEksctlYaml;
  if (!fn) return { ok: false, unavailable: true };
  try {
    const out = fn(design, { force: true });
    if (typeof out === 'string') return { ok: true, yaml: out };
    if (out && typeof out === 'object' && 'yaml' in out && typeof out.yaml === 'string') return { ok: true, yaml: out.yaml };
    return { ok: false, message: 'the exporter returned no YAML' };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

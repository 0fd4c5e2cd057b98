/**
 * The core benchmark: rules engine and eksctl export on generated designs of 100, 1,000 and 5,000 parts.
 * Dates are fixed so the same rules fire on every run.
 */
import { KUBERNETES_VERSION_CALENDAR } from '../shared/data/kubernetes-versions.js';
import { exportEksctlYaml } from '../shared/export/index.js';
import { validateDesign } from '../shared/rules/engine.js';
import type { RuleContext } from '../shared/rules/types.js';
import { generateDesign } from './generate-design.js';
import { measure, roundMs } from './measure.js';
import type { BenchSection } from './section.js';

const BENCH_CONTEXT: RuleContext = { today: '2026-11-28', calendar: KUBERNETES_VERSION_CALENDAR };

/** Design sizes and how many measured runs each gets (fewer for the big one, to keep the bench short). */
const SIZES = [
  { parts: 100, runs: 50 },
  { parts: 1000, runs: 25 },
  { parts: 5000, runs: 11 },
] as const;

export function runCoreBench(): BenchSection {
  const rows: BenchSection['rows'] = [];
  const metrics: Record<string, number> = {};
  const designs = new Map(SIZES.map((s) => [s.parts, generateDesign(s.parts)]));

  for (const { parts, runs } of SIZES) {
    const design = designs.get(parts)!;
    const findings = validateDesign(design, BENCH_CONTEXT).length;
    const t = measure(() => validateDesign(design, BENCH_CONTEXT), runs);
    metrics[`validate_ms_${parts}`] = roundMs(t.medianMs);
    rows.push({
      label: `validateDesign, ${parts.toLocaleString('en-US')} parts`,
      value: `${t.medianMs.toFixed(2)} ms median of ${runs} (min ${t.minMs.toFixed(2)}, max ${t.maxMs.toFixed(2)}; ${findings} findings)`,
    });
  }

  const design1000 = designs.get(1000)!;
  const clusterId = design1000.parts.find((p) => p.kind === 'cluster')!.id;
  const exportOnce = () => exportEksctlYaml(design1000, { force: true, clusterId, ctx: BENCH_CONTEXT });
  const bytes = exportOnce().yaml.length;
  const t = measure(exportOnce, 25);
  metrics.export_ms_1000 = roundMs(t.medianMs);
  rows.push({
    label: 'exportEksctlYaml (force), 1,000 parts',
    value: `${t.medianMs.toFixed(2)} ms median of 25 (min ${t.minMs.toFixed(2)}, max ${t.maxMs.toFixed(2)}; ${bytes} bytes of YAML)`,
  });

  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  metrics.heap_used_mb = Math.round(heapMb * 10) / 10;
  rows.push({ label: 'heap used (designs loaded)', value: `${heapMb.toFixed(1)} MB` });

  return { title: 'Core: rules engine and export', rows, metrics };
}

/**
 * `npm run bench`: runs each section, prints a readable table per section, and ends with exactly one line
 * of JSON holding every section's numbers (validate_ms_100, validate_ms_1000, validate_ms_5000,
 * export_ms_1000 first). New sections (e.g. browser figures) are added to SECTIONS.
 */
import { runBrowserBench } from './browser.js';
import { runCliBench } from './cli.js';
import { runCoreBench } from './core.js';
import type { BenchSection } from './section.js';

const SECTIONS: readonly (() => BenchSection | Promise<BenchSection>)[] = [runCoreBench, runCliBench, runBrowserBench];

function printTable(section: BenchSection): void {
  const width = Math.max(...section.rows.map((r) => r.label.length));
  console.log(`\n${section.title}`);
  console.log('-'.repeat(section.title.length));
  for (const row of section.rows) console.log(`${row.label.padEnd(width)}  ${row.value}`);
}

const metrics: Record<string, number> = {};
console.log(`EKS Sandbox benchmark (node ${process.version}, ${process.platform}/${process.arch})`);
for (const run of SECTIONS) {
  const section = await run();
  printTable(section);
  Object.assign(metrics, section.metrics);
}
console.log('');
console.log(JSON.stringify(metrics));

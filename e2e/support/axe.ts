/**
 * axe-core accessibility scans in the page. The app's Content-Security-Policy (script-src 'self') refuses
 * an injected inline script, so axe's source is evaluated through the DevTools protocol instead, which the
 * policy does not govern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  /** Selectors of the first offending elements, with axe's summary of what to fix. */
  nodes: string[];
}

/** Violations of impact serious or critical within `selector` (the whole page by default). */
export async function seriousViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (include) => {
    type Axe = { run(context: Element | Document | string, options: RunOptions): Promise<AxeResults> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(include ?? document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  }, selector);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

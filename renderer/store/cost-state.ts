/**
 * The cost estimate as the editor shows it: computed once per committed edit (next to the rules), with
 * the difference from the estimate before that edit. A cluster in a Region without prices falls back to a
 * priced Region and says so, rather than showing no estimate at all.
 */
import {
  defaultCostRegion,
  diffCost,
  estimateCost,
  pricedRegions,
  type CostAssumptionsInput,
  type CostDiff,
  type CostEstimate,
} from '../../shared/cost/index.js';
import type { Design } from '../../shared/model/design.js';

/** What the user chose: a Region (null = the cluster's) and assumption overrides. */
export interface CostSettings {
  region: string | null;
  assumptions: CostAssumptionsInput;
}

export interface CostView {
  estimate: CostEstimate | null;
  /** What the last committed edit changed; null after opening a document or changing the settings. */
  change: CostDiff | null;
  /** The cluster's Region when it has no prices and another Region's were used instead. */
  unpricedRegion: string | null;
  error: string | null;
}

const FALLBACK_REGION = 'us-east-1';

function regionFor(design: Design, settings: CostSettings): { region: string; unpriced: string | null } {
  const regions = pricedRegions();
  if (settings.region !== null) return { region: settings.region, unpriced: null };
  const wanted = defaultCostRegion(design);
  if (regions.includes(wanted)) return { region: wanted, unpriced: null };
  return { region: regions.includes(FALLBACK_REGION) ? FALLBACK_REGION : regions[0]!, unpriced: wanted };
}

/** The estimate of `design`, and its difference from `previous` when there is one to compare with. */
export function computeCost(design: Design, settings: CostSettings, previous: CostEstimate | null, today: string): CostView {
  const { region, unpriced } = regionFor(design, settings);
  try {
    const estimate = estimateCost(design, { region, today, assumptions: settings.assumptions });
    // Only an estimate made with the same prices and assumptions can say what the edit changed.
    const comparable = previous !== null && previous.region === estimate.region && sameAssumptions(previous, estimate);
    return { estimate, change: comparable ? diffCost(previous, estimate) : null, unpricedRegion: unpriced, error: null };
  } catch (err) {
    // A bad region or assumption (CostRegionError / CostAssumptionError) names itself in the message.
    return { estimate: null, change: null, unpricedRegion: unpriced, error: err instanceof Error ? err.message : String(err) };
  }
}

function sameAssumptions(a: CostEstimate, b: CostEstimate): boolean {
  return JSON.stringify(a.assumptions) === JSON.stringify(b.assumptions);
}

/**
 * Offline monthly cost estimate of a design (730-hour month, prices as data per Region).
 *
 * For the cost panel: `estimateCost(design, { today })` gives the lines and total; keep the previous
 * estimate and call `diffCost(previous, current)` to show what the last edit changed; show
 * `estimate.assumptions` (defaults in DEFAULT_COST_ASSUMPTIONS) as editable fields and pass the user's
 * values back as `assumptions`; part-level assumptions are part props (assumedCapacityUnits,
 * assumedStorageGb, assumedRequestsMillions) edited in the inspector. Lines with `estimate: true` or
 * confidence 'C' deserve a visual mark; `note` explains them. `costByPart` gives a per-box figure,
 * `costCaveats` what the total leaves out (`unpriced` lines) or assumes; `costLinesToCsv` the export.
 */
export { estimateCost, defaultCostRegion, pricedRegions, regionPrices, resolveAssumptions } from './estimate.js';
export { diffCost, type CostDiff, type CostLineChange } from './diff.js';
export { costByPart, costCaveats, type CostCaveats } from './summary.js';
export { costLinesToCsv, COST_CSV_COLUMNS } from './csv.js';
export { CostAssumptionError, CostRegionError } from './errors.js';
export {
  costChangeItem,
  costReport,
  costSource,
  costText,
  costUnit,
  formatUsd,
  localizeEstimate,
  localizeLine,
  renderCostText,
  type CostText,
} from './localize.js';
export { fargatePodSize, FARGATE_OVERHEAD_MIB, type FargateSize } from './fargate-size.js';
export { roundCents, sumCents } from './money.js';
export {
  costAssumptionsSchema,
  DEFAULT_COST_ASSUMPTIONS,
  type CostAssumptions,
  type CostAssumptionsInput,
  type CostEstimate,
  type CostLine,
  type CostOptions,
} from './types.js';

/**
 * The monthly cost estimate of a design: every billable part priced from a Region's price table, one line
 * per priced item, lines rounded to cents and the total the sum of the rounded lines.
 */
import { KUBERNETES_VERSION_CALENDAR } from '../data/kubernetes-versions.js';
import { PRICE_TABLE } from '../data/prices/index.js';
import type { PriceTable, RegionPrices } from '../data/prices/types.js';
import { DesignIndex } from '../model/design-index.js';
import type { Design } from '../model/design.js';
import { controlPlaneLines, fargateLines, hybridNodeLines, nodeGroupLines } from './compute.js';
import { fargateControllerLines } from './fargate-controllers.js';
import { CostAssumptionError, CostRegionError } from './errors.js';
import { karpenterLines } from './karpenter.js';
import type { CostContext } from './line.js';
import { sumCents } from './money.js';
import { dataTransferLines, loadBalancerLines, natLines, vpcEndpointLines } from './network.js';
import { apiGatewayLines, cloudMapLines, ecrLines } from './services.js';
import { volumeLines } from './storage.js';
import {
  costAssumptionsSchema,
  type CostAssumptions,
  type CostAssumptionsInput,
  type CostEstimate,
  type CostOptions,
} from './types.js';

/** The line groups, in the order the estimate lists them. */
const SECTIONS = [
  controlPlaneLines,
  nodeGroupLines,
  karpenterLines,
  fargateLines,
  fargateControllerLines,
  hybridNodeLines,
  volumeLines,
  loadBalancerLines,
  natLines,
  vpcEndpointLines,
  dataTransferLines,
  ecrLines,
  cloudMapLines,
  apiGatewayLines,
] as const;

/** Region codes that have prices in `table`, sorted. */
export function pricedRegions(table: PriceTable = PRICE_TABLE): string[] {
  return Object.keys(table).sort();
}

/** The price table of `region`. @throws CostRegionError listing the regions that have one. */
export function regionPrices(region: string, table: PriceTable = PRICE_TABLE): RegionPrices {
  const prices = Object.hasOwn(table, region) ? table[region] : undefined;
  if (!prices) throw new CostRegionError(region, pricedRegions(table));
  return prices;
}

/** The region an estimate uses by default: the first cluster's, else us-east-1. */
export function defaultCostRegion(design: Design): string {
  const cluster = design.parts.find((p) => p.kind === 'cluster');
  return cluster?.kind === 'cluster' ? cluster.props.region : 'us-east-1';
}

/** Assumptions with defaults filled in. @throws CostAssumptionError naming the bad field. */
export function resolveAssumptions(input: CostAssumptionsInput = {}): CostAssumptions {
  const result = costAssumptionsSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(costAssumptionsSchema.shape);
    throw new CostAssumptionError(`unknown cost assumption ${issue.keys.join(', ')}; known: ${known.join(', ')}`, {
      kind: 'unknown',
      names: issue.keys,
      known,
    });
  }
  const where = issue.path.length > 0 ? issue.path.join('.') : 'assumptions';
  // The bound a value missed, so a caller can say it in its own language.
  const bound =
    issue.code === 'too_small' ? { min: Number(issue.minimum) } : issue.code === 'too_big' ? { max: Number(issue.maximum) } : {};
  throw new CostAssumptionError(`cost assumption ${where}: ${issue.message}`, {
    kind: 'invalid',
    field: where,
    detail: issue.message,
    ...bound,
  });
}

/**
 * Estimates the monthly cost of `design`.
 * @throws CostRegionError when the region has no prices; CostAssumptionError for a bad assumption.
 */
export function estimateCost(design: Design, options: CostOptions): CostEstimate {
  const table = options.table ?? PRICE_TABLE;
  const prices = regionPrices(options.region ?? defaultCostRegion(design), table);
  const assumptions = resolveAssumptions(options.assumptions);
  const ctx: CostContext = {
    index: new DesignIndex(design),
    prices,
    assumptions,
    today: options.today,
    calendar: options.calendar ?? KUBERNETES_VERSION_CALENDAR,
  };
  const lines = SECTIONS.flatMap((section) => section(ctx));
  return {
    region: prices.region,
    currency: prices.currency,
    asOf: prices.asOf,
    source: prices.source,
    monthlyTotal: sumCents(lines.map((l) => l.monthly)),
    lines,
    assumptions,
  };
}

/**
 * The cost estimate's inputs and outputs. Every number the estimate assumes rather than reads from the
 * design is either a part property (`assumedCapacityUnits`, `assumedStorageGb`, `assumedRequestsMillions`)
 * or a field of CostAssumptions, and the estimate lists the assumptions it used.
 */
import { z } from 'zod';
import type { VersionCalendar } from '../data/kubernetes-versions.js';
import type { PriceConfidence, PriceTable } from '../data/prices/types.js';
import type { CostText } from './localize.js';

const nonNegative = z.number().finite().min(0);

/** Assumptions that are not part properties, with their defaults. */
export const costAssumptionsSchema = z.strictObject({
  /** Hours billed in a month (AWS pricing pages use 730). */
  hoursPerMonth: nonNegative.default(730),
  /** Spot price as a discount off on-demand (0.7 = pay 30 %); spot prices move, so spot lines are estimates. */
  spotDiscount: z.number().finite().min(0).max(1).default(0.7),
  /** GB through the NAT gateways of each VPC per month (processing is billed on top of the hours). */
  natProcessedGbPerMonth: nonNegative.default(100),
  /** GB sent from each cluster to the internet per month, before any free allowance. */
  dataTransferOutGbPerMonth: nonNegative.default(100),
  /** Cloud Map instances registered per pod of a workload connected to a namespace. */
  cloudMapInstancesPerPod: nonNegative.default(1),
  /** Hours a month the pods of a Job or CronJob run (on Fargate, or on the nodes Cluster Autoscaler adds for them; 730 = always). */
  jobHoursPerMonth: nonNegative.default(730),
});
export type CostAssumptions = z.infer<typeof costAssumptionsSchema>;
export type CostAssumptionsInput = z.input<typeof costAssumptionsSchema>;

/** The defaults, for a UI to show next to the user's values. */
export const DEFAULT_COST_ASSUMPTIONS: CostAssumptions = costAssumptionsSchema.parse({});

/** One priced item. `monthly` = quantity x unitPrice, rounded to cents. */
export interface CostLine {
  /** The part the cost belongs to (its id); '' for none. */
  partId: string;
  /** What is billed, e.g. "EC2 m6i.large on-demand (ng-api)". */
  item: string;
  quantity: number;
  /** The unit of `quantity` (and of `unitPrice`), e.g. "instance-hour". */
  unit: string;
  unitPrice: number;
  monthly: number;
  /** Confidence of the price (A/B/C, from the price table). */
  confidence: PriceConfidence;
  /** True when the quantity or price is itself assumed (spot, capacity units, traffic...). */
  estimate?: boolean;
  /** What was assumed or why the price is uncertain, for a tooltip or a footnote. */
  note?: string;
  /** The table has no price for it: counted as 0, and the total is too low by its real cost. */
  unpriced?: boolean;
  /**
   * `item` and `note` as text ids and parameters, for showing them in another language (localizeLine);
   * `item` and `note` above are their English rendering.
   */
  text?: { item: CostText; notes: readonly CostText[] };
}

export interface CostOptions {
  /** Region whose prices to use; defaults to the (first) cluster's region. */
  region?: string;
  /** The day of the estimate (YYYY-MM-DD): decides standard vs extended support. */
  today: string;
  assumptions?: CostAssumptionsInput;
  /** The price table; defaults to the built-in one. */
  table?: PriceTable;
  /** The Kubernetes version calendar; defaults to the built-in one. */
  calendar?: VersionCalendar;
}

export interface CostEstimate {
  region: string;
  currency: 'USD';
  /** The day the prices were taken. */
  asOf: string;
  source: string;
  /** Sum of the lines' `monthly`, in cents-exact arithmetic. */
  monthlyTotal: number;
  lines: CostLine[];
  assumptions: CostAssumptions;
}

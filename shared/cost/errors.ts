/** Errors the cost estimate throws for input it cannot price; messages are one line naming the problem. */

/** The region has no price table. The message lists the regions that have one. */
export class CostRegionError extends Error {
  override readonly name = 'CostRegionError';
  constructor(
    readonly region: string,
    readonly knownRegions: readonly string[],
  ) {
    super(`no prices for region "${region}"; regions with prices: ${knownRegions.join(', ')}`);
  }
}

/** An assumption has a value the estimate cannot use (negative, not a number, unknown name). */
export class CostAssumptionError extends Error {
  override readonly name = 'CostAssumptionError';
}

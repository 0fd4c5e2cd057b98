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

/**
 * An assumption has a value the estimate cannot use (negative, not a number, unknown name). `problem` says which,
 * so a caller can word it in its own language: the unknown names and the known ones, or the field and why.
 */
export class CostAssumptionError extends Error {
  override readonly name = 'CostAssumptionError';
  constructor(
    message: string,
    readonly problem:
      | { kind: 'unknown'; names: readonly string[]; known: readonly string[] }
      | { kind: 'invalid'; field: string; detail: string; min?: number; max?: number },
  ) {
    super(message);
  }
}

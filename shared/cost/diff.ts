/**
 * The difference between two estimates of the same design, for "what the last edit changed". Lines are
 * matched by part and item; a line only on one side is added or removed.
 */
import type { CostText } from './localize.js';
import { sumCents } from './money.js';
import type { CostEstimate, CostLine } from './types.js';

export interface CostLineChange {
  partId: string;
  item: string;
  /** `item` as a text, for showing it in another language (renderCostText); absent for lines made without one. */
  itemText?: CostText;
  /** Monthly cost before and after; 0 on the side the line is missing from. */
  before: number;
  after: number;
  change: number;
  status: 'added' | 'removed' | 'changed';
}

export interface CostDiff {
  before: number;
  after: number;
  /** after - before, to the cent; equals the sum of the lines' changes. */
  totalChange: number;
  /** Only the lines whose monthly cost differs, or that exist on one side only. */
  lines: CostLineChange[];
}

/**
 * A line's identity across the two estimates: its part and what it prices. A line made from a text is keyed by the
 * text without the `name` it shows (the part's name), so renaming a part keeps its lines paired: a renamed cluster
 * is one control-plane line unchanged, not one removed and one added. Anything else it names (an instance type, a
 * capacity type) still tells lines apart.
 */
function key(line: CostLine): string {
  if (!line.text) return `${line.partId}\u0000${line.item}`;
  const { name: _name, ...params } = line.text.item.params ?? {};
  return `${line.partId}\u0000${line.text.item.id}\u0000${JSON.stringify(params)}`;
}

export function diffCost(before: CostEstimate, after: CostEstimate): CostDiff {
  const old = new Map<string, CostLine[]>();
  for (const line of before.lines) old.set(key(line), [...(old.get(key(line)) ?? []), line]);
  const lines: CostLineChange[] = [];
  for (const line of after.lines) {
    const prior = old.get(key(line))?.shift();
    const was = prior?.monthly ?? 0;
    if (prior && prior.monthly === line.monthly) continue;
    lines.push({
      partId: line.partId,
      item: line.item,
      ...(line.text ? { itemText: line.text.item } : {}),
      before: was,
      after: line.monthly,
      change: sumCents([line.monthly, -was]),
      status: prior ? 'changed' : 'added',
    });
  }
  for (const rest of old.values()) {
    for (const line of rest) {
      lines.push({
        partId: line.partId,
        item: line.item,
        ...(line.text ? { itemText: line.text.item } : {}),
        before: line.monthly,
        after: 0,
        change: -line.monthly,
        status: 'removed',
      });
    }
  }
  return {
    before: before.monthlyTotal,
    after: after.monthlyTotal,
    totalChange: sumCents([after.monthlyTotal, -before.monthlyTotal]),
    lines,
  };
}

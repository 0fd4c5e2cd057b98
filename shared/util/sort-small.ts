/**
 * A stable in-place sort for the short lists validation sorts on every run (a node group's pod groups, a
 * VPC's subnets, a few zones). Array.prototype.sort allocates its working state on every call, which below
 * TurboFan cost about 160 KB per validation of the 1,000-part benchmark design; an insertion sort of a
 * handful of items allocates nothing. Quadratic, so longer lists go to Array.prototype.sort.
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SMALL) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    // Strictly greater moves: equal items keep their order (stable, as Array.prototype.sort is).
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}

/** Longest list sorted by insertion. */
const SMALL = 16;

/** Code-unit order of strings, what Array.prototype.sort uses without a comparator. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Which toolbar commands fit as buttons in the width there is; the rest go to the "More" menu. Commands
 * are dropped least used first, so what stays is what people press most; the ones kept are shown in
 * their groups' order.
 */
export interface ToolbarFitInput<Id extends string> {
  /** Command ids in their groups, in display order. */
  groups: readonly (readonly Id[])[];
  /** Every id of `groups`, most used first. */
  priority: readonly Id[];
  /** Width of each command's button, in pixels. */
  widths: Readonly<Record<Id, number>>;
  /** Pixels the buttons may take. */
  available: number;
  /** Space between two buttons of a group. */
  gap: number;
  /** Space a group adds around itself (separator line, padding, the gap before it). */
  groupSpace: number;
}

function widthOf<Id extends string>(input: ToolbarFitInput<Id>, shown: ReadonlySet<Id>): number {
  let total = 0;
  for (const group of input.groups) {
    const ids = group.filter((id) => shown.has(id));
    if (ids.length === 0) continue;
    total += input.groupSpace + ids.reduce((sum, id) => sum + input.widths[id], 0) + input.gap * (ids.length - 1);
  }
  return total;
}

/** The ids shown as buttons, as a set; every other id of `groups` belongs in the overflow menu. */
export function fitToolbar<Id extends string>(input: ToolbarFitInput<Id>): Set<Id> {
  const shown = new Set(input.groups.flat());
  for (let i = input.priority.length - 1; i >= 0 && widthOf(input, shown) > input.available; i--) {
    shown.delete(input.priority[i]!);
  }
  return shown;
}

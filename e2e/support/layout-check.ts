/** Reads part boxes from the DOM and reports overlapping siblings and parts outside their parent. */
import type { Page } from 'playwright-core';

export interface LayoutProblem {
  kind: 'overlap' | 'outside';
  a: string;
  b: string;
}

export async function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')];
    const info = nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return { id: n.dataset.id!, parent: n.dataset.parentId ?? '', r };
    });
    const parentOf = new Map<string, string>();
    for (const el of document.querySelectorAll<HTMLElement>('[data-part-id][data-parent-id]')) {
      parentOf.set(el.dataset.partId!, el.dataset.parentId!);
    }
    const byId = new Map(info.map((i) => [i.id, i]));
    const out: { kind: 'overlap' | 'outside'; a: string; b: string }[] = [];
    const eps = 0.5;
    for (const a of info) {
      const parent = parentOf.get(a.id) ?? '';
      const p = byId.get(parent);
      if (p) {
        const inside =
          a.r.left >= p.r.left - eps &&
          a.r.top >= p.r.top - eps &&
          a.r.right <= p.r.right + eps &&
          a.r.bottom <= p.r.bottom + eps;
        if (!inside) out.push({ kind: 'outside', a: a.id, b: parent });
      }
      for (const b of info) {
        if (b.id <= a.id || (parentOf.get(b.id) ?? '') !== parent) continue;
        const overlap =
          a.r.left < b.r.right - eps && b.r.left < a.r.right - eps && a.r.top < b.r.bottom - eps && b.r.top < a.r.bottom - eps;
        if (overlap) out.push({ kind: 'overlap', a: a.id, b: b.id });
      }
    }
    return out;
  });
}

/**
 * Checks that every connection handle drawn sits where renderer/flow/handles.ts tells React Flow it is
 * (a 12 px square centred on the middle of the part's left or right side): edges are drawn from those
 * declared positions, so a handle drawn elsewhere would leave edges ending beside it.
 */
import type { Page } from 'playwright-core';

export async function misplacedHandles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const n = node.getBoundingClientRect();
      const zoom = n.width / node.offsetWidth;
      for (const h of node.querySelectorAll<HTMLElement>('.react-flow__handle')) {
        const r = h.getBoundingClientRect();
        const cx = (r.left + r.width / 2 - n.left) / zoom;
        const cy = (r.top + r.height / 2 - n.top) / zoom;
        const wantX = h.classList.contains('react-flow__handle-left') ? 0 : node.offsetWidth;
        const wantY = node.offsetHeight / 2;
        const size = r.width / zoom;
        if (Math.abs(cx - wantX) > 0.5 || Math.abs(cy - wantY) > 0.5 || Math.abs(size - 12) > 0.5)
          out.push(`${node.dataset.id}: handle centre (${cx.toFixed(1)}, ${cy.toFixed(1)}) size ${size.toFixed(1)}`);
      }
    }
    return out;
  });
}

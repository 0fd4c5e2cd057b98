/**
 * The pricing items the learning mode shows are this design's own estimate regrouped: for every template they add
 * up to the estimate's total, and the web-application page's NAT question holds in the cost model (one NAT gateway
 * instead of three cuts the NAT hours by two thirds).
 */
import { describe, expect, it } from 'vitest';
import { estimateCost, sumCents } from '../shared/cost/index.js';
import { pricingItems } from '../shared/learn/pricing-items.js';
import type { Design } from '../shared/model/design.js';
import { loadTemplate, TEMPLATES } from './index.js';

const TODAY = '2026-12-06';
const itemsOf = (design: Design) => {
  const estimate = estimateCost(design, { today: TODAY });
  const kinds = new Map(design.parts.map((p) => [p.id, p.kind]));
  return { estimate, items: pricingItems(estimate.lines, (id) => kinds.get(id)) };
};

describe('pricing items of a design', () => {
  it('add up to the estimate of every template, with a control plane, worker nodes and network cost in each', () => {
    for (const t of TEMPLATES) {
      const { estimate, items } = itemsOf(loadTemplate(t.id).design);
      expect(sumCents(items.map((i) => i.monthly)), t.id).toBe(estimate.monthlyTotal);
      expect(
        items.reduce((n, i) => n + i.lines, 0),
        t.id,
      ).toBe(estimate.lines.length);
      const by = new Map(items.map((i) => [i.item, i.monthly]));
      expect(by.get('control-plane'), t.id).toBeCloseTo(73, 0);
      expect(by.get('worker-nodes'), t.id).toBeGreaterThan(0);
      expect(by.get('data-transfer'), t.id).toBeGreaterThan(0);
    }
  });

  it('show the NAT question of the web-application page in numbers: Single NAT removes two thirds of the NAT hours', () => {
    const design = loadTemplate('web-application').design;
    const single: Design = {
      ...design,
      parts: design.parts.map((p) => (p.kind === 'vpc' ? { ...p, props: { ...p.props, natGateway: 'Single' } } : p)),
    };
    const natHours = (d: Design) =>
      sumCents(
        itemsOf(d)
          .estimate.lines.filter((l) => l.partId === 'vpc' && /NAT/i.test(l.item) && /hour/i.test(l.unit))
          .map((l) => l.monthly),
      );
    const before = natHours(design);
    const after = natHours(single);
    expect(before).toBeGreaterThan(0);
    expect(after).toBeCloseTo(before / 3, 1);
    const dataTransfer = (d: Design) => itemsOf(d).items.find((i) => i.item === 'data-transfer')!.monthly;
    expect(dataTransfer(single)).toBeLessThan(dataTransfer(design));
  });
});

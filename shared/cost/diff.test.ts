/**
 * "The change caused by the last edit": editing a node group moves the total by exactly the hand-worked
 * amount, and the per-line changes add up to it.
 */
import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../templates/index.js';
import type { Design } from '../model/design.js';
import type { NodeGroupPart } from '../model/parts.js';
import { diffCost } from './diff.js';
import { estimateCost } from './estimate.js';
import { roundCents, sumCents } from './money.js';

const today = '2026-11-28';

function edited(design: Design, id: string, change: (props: NodeGroupPart['props']) => void): Design {
  const copy = structuredClone(design);
  const part = copy.parts.find((p) => p.id === id) as NodeGroupPart;
  change(part.props);
  return copy;
}

describe('diffCost', () => {
  const base = loadTemplate('microservices').design;
  const before = estimateCost(base, { today });

  it('shows a desired-size change as exactly its instance-hours', () => {
    const after = estimateCost(
      edited(base, 'ng-frontend', (p) => (p.desiredCapacity = 5)),
      { today },
    );
    const diff = diffCost(before, after);
    expect(diff.totalChange).toBe(roundCents(2 * 0.096 * 730));
    expect(diff.after).toBe(sumCents([before.monthlyTotal, roundCents(2 * 0.096 * 730)]));
    expect(diff.lines).toEqual([
      {
        partId: 'ng-frontend',
        item: 'EC2 m6i.large on-demand (ng-frontend)',
        // The same item as a text, so the compare panel can show it in Japanese.
        itemText: { id: 'item.ec2', params: { type: 'm6i.large', capacity: { id: 'capacity.on-demand' }, name: 'ng-frontend' } },
        before: roundCents(3 * 0.096 * 730),
        after: roundCents(5 * 0.096 * 730),
        change: 140.16,
        status: 'changed',
      },
    ]);
  });

  it('pairs the lines of a renamed part: a rename alone changes no line, a rename with a scale one line', () => {
    const renamed = structuredClone(base);
    for (const p of renamed.parts) if (p.id === 'ng-frontend' || p.kind === 'cluster') p.name = `${p.name}-v2`;
    expect(diffCost(before, estimateCost(renamed, { today })).lines).toEqual([]);
    const scaled = edited(renamed, 'ng-frontend', (p) => (p.desiredCapacity = 5));
    const diff = diffCost(before, estimateCost(scaled, { today }));
    expect(diff.lines).toEqual([
      expect.objectContaining({
        partId: 'ng-frontend',
        item: 'EC2 m6i.large on-demand (ng-frontend-v2)',
        status: 'changed',
        change: 140.16,
      }),
    ]);
  });

  it('shows an instance-type change as the old line removed and the new one added', () => {
    const after = estimateCost(
      edited(base, 'ng-frontend', (p) => (p.instanceTypes = ['m6i.xlarge'])),
      { today },
    );
    const diff = diffCost(before, after);
    expect(diff.totalChange).toBe(roundCents(3 * (0.192 - 0.096) * 730));
    expect(diff.lines.map((l) => [l.status, l.change])).toEqual([
      ['added', roundCents(3 * 0.192 * 730)],
      ['removed', -roundCents(3 * 0.096 * 730)],
    ]);
    expect(sumCents(diff.lines.map((l) => l.change))).toBe(diff.totalChange);
  });

  it('shows scaling a spot group out from zero at the discounted price', () => {
    const batch = loadTemplate('batch-processing').design;
    // Jobs run 100 h a month: the 12 nodes Cluster Autoscaler adds for them cost 100 h each; 4 nodes kept at
    // desired size run all month, and 4 fewer are added for the jobs.
    const assumptions = { jobHoursPerMonth: 100 };
    const diff = diffCost(
      estimateCost(batch, { today, assumptions }),
      estimateCost(
        edited(batch, 'ng-batch-spot', (p) => (p.desiredCapacity = 4)),
        { today, assumptions },
      ),
    );
    expect(diff.totalChange).toBe(roundCents(4 * 0.096 * 0.3 * 730) - roundCents(4 * 0.096 * 0.3 * 100));
    expect(diff.lines).toHaveLength(2);
  });

  it('reports nothing for an unchanged design', () => {
    const diff = diffCost(before, estimateCost(structuredClone(base), { today }));
    expect(diff).toEqual({ before: before.monthlyTotal, after: before.monthlyTotal, totalChange: 0, lines: [] });
  });
});

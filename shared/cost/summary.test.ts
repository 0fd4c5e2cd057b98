import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../templates/index.js';
import { estimateCost } from './estimate.js';
import { roundCents, sumCents } from './money.js';
import { costByPart, costCaveats } from './summary.js';

const today = '2026-11-28';

describe('costByPart', () => {
  it('adds up the lines of each part, and the parts make the total', () => {
    const estimate = estimateCost(loadTemplate('microservices').design, { today });
    const byPart = costByPart(estimate);
    expect(byPart.get('alb')).toBe(sumCents([roundCents(0.0225 * 730), roundCents(2 * 0.008 * 730)]));
    // Control plane, Karpenter's assumed 2 m6i.large, data out.
    expect(byPart.get('cluster')).toBe(sumCents([73, roundCents(2 * 0.096 * 730), roundCents(100 * 0.09)]));
    expect(sumCents([...byPart.values()])).toBe(estimate.monthlyTotal);
  });
});

describe('costCaveats', () => {
  it('sums the assumed and the confidence-C parts of the total, and names what has no price', () => {
    const design = structuredClone(loadTemplate('machine-learning').design);
    const gpu = design.parts.find((p) => p.id === 'ng-gpu');
    if (gpu?.kind !== 'managed-node-group') throw new Error('template changed');
    gpu.props.instanceTypes = ['mac2.metal']; // a real type with no us-east-1 price in the catalog
    const caveats = costCaveats(estimateCost(design, { today }));
    expect(caveats.unpriced).toEqual(['EC2 mac2.metal on-demand (ng-gpu)']);
    // NAT processing 4.50 + data out 9.00 + two ECR repos 0.50 each; the unpriced line adds 0.
    expect(caveats.estimatedMonthly).toBe(4.5 + 9 + 2 * 0.5);
    // m6i.xlarge is priced from the instance catalog (confidence B) since every us-east-1 type is.
    expect(caveats.lowConfidenceMonthly).toBe(0);
  });
});

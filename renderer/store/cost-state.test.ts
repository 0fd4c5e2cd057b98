import { describe, expect, it } from 'vitest';
import { estimateCost } from '../../shared/cost/index.js';
import type { Design } from '../../shared/model/design.js';
import { loadTemplate } from '../../templates/index.js';
import { AppStore } from './app-store.js';
import { computeCost } from './cost-state.js';

const TODAY = '2026-11-28';

function withDesired(design: Design, partId: string, desired: number): Design {
  return {
    ...design,
    parts: design.parts.map((p) =>
      p.id === partId && p.kind === 'managed-node-group' ? { ...p, props: { ...p.props, desiredCapacity: desired } } : p,
    ),
  };
}

function desiredOf(design: Design, partId: string): number {
  const part = design.parts.find((p) => p.id === partId);
  if (part?.kind !== 'managed-node-group') throw new Error(`${partId} is not a managed node group`);
  return part.props.desiredCapacity;
}

describe('computeCost', () => {
  const design = loadTemplate('web-application').design;

  it("prices the cluster's region by default and reports what an edit changed", () => {
    const before = computeCost(design, { region: null, assumptions: {} }, null, TODAY);
    expect(before.estimate?.region).toBe('ap-northeast-1');
    expect(before.change).toBeNull();
    const bigger = withDesired(design, 'ng-web', desiredOf(design, 'ng-web') + 1);
    const after = computeCost(bigger, { region: null, assumptions: {} }, before.estimate, TODAY);
    const ngLine = after.estimate!.lines.find((l) => l.partId === 'ng-web' && l.unit === 'instance-hour')!;
    const oneInstanceMonth = Math.round(730 * ngLine.unitPrice * 100) / 100;
    expect(after.change?.totalChange).toBeCloseTo(oneInstanceMonth, 2);
    expect(after.change?.lines.map((l) => l.partId)).toEqual(['ng-web']);
  });

  it('does not call a region or assumption change an edit', () => {
    const before = computeCost(design, { region: null, assumptions: {} }, null, TODAY);
    const other = computeCost(design, { region: 'us-east-1', assumptions: {} }, before.estimate, TODAY);
    expect(other.estimate?.region).toBe('us-east-1');
    expect(other.change).toBeNull();
    const more = computeCost(design, { region: null, assumptions: { natProcessedGbPerMonth: 500 } }, before.estimate, TODAY);
    expect(more.change).toBeNull();
    expect(more.estimate!.monthlyTotal).toBeGreaterThan(before.estimate!.monthlyTotal);
  });

  it('falls back to a priced region, naming the unpriced one', () => {
    const elsewhere: Design = {
      ...design,
      parts: design.parts.map((p) => (p.kind === 'cluster' ? { ...p, props: { ...p.props, region: 'eu-north-1' } } : p)),
    };
    const view = computeCost(elsewhere, { region: null, assumptions: {} }, null, TODAY);
    expect(view.unpricedRegion).toBe('eu-north-1');
    expect(view.estimate?.region).toBe('us-east-1');
  });

  it('reports a bad assumption instead of throwing', () => {
    const view = computeCost(design, { region: null, assumptions: { spotDiscount: 2 } }, null, TODAY);
    expect(view.estimate).toBeNull();
    expect(view.error).toMatch(/spotDiscount/);
  });
});

describe('AppStore cost', () => {
  it('recomputes the estimate on each committed edit and forgets the change on open', () => {
    const store = new AppStore();
    const design = loadTemplate('web-application').design;
    store.openDesign(design, null, false);
    const first = store.getState().cost;
    expect(first.change).toBeNull();
    expect(first.estimate?.monthlyTotal).toBe(
      estimateCost(design, { today: new Date().toISOString().slice(0, 10) }).monthlyTotal,
    );

    store.editor.apply((d) => withDesired(d, 'ng-web', desiredOf(d, 'ng-web') + 1));
    const after = store.getState().cost;
    expect(after.change?.totalChange).toBeGreaterThan(0);
    expect(after.estimate!.monthlyTotal).toBeCloseTo(first.estimate!.monthlyTotal + after.change!.totalChange, 2);

    store.setCostSettings({ region: 'us-east-1' });
    expect(store.getState().cost.estimate?.region).toBe('us-east-1');
    expect(store.getState().cost.change).toBeNull();

    store.openDesign(design, null, false);
    expect(store.getState().cost.change).toBeNull();
    expect(store.getState().costSettings.region).toBeNull();
    expect(store.getState().cost.estimate?.region).toBe('ap-northeast-1');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { moveParts, updatePart } from '../../shared/editor/commands.js';
import { DesignBuilder } from '../../shared/rules/test-support/builder.js';
import { generateDesign } from '../../bench/generate-design.js';
import { AppStore, stillFound } from './app-store.js';

describe('AppStore checks of a big design', () => {
  afterEach(() => vi.useRealTimers());

  it('are deferred past the first drawing (here no frames come, so the fallback starts them) and run once per edit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const store = new AppStore();
    const design = generateDesign(300);
    store.openDesign(design, null, false);
    expect(store.getState().diagnostics).toEqual([]);
    const before = store.getState().cost;
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.getState().cost).toBe(before);
    await vi.advanceTimersByTimeAsync(150);
    const checked = store.getState();
    expect(checked.cost).not.toBe(before);

    // A committed move is checked once; nothing runs again on its own afterwards.
    store.editor.apply((d) => moveParts(d, [{ id: design.parts[0]!.id, position: { x: 5, y: 5 } }]));
    await vi.advanceTimersByTimeAsync(1150);
    const after = store.getState();
    expect(after.cost).not.toBe(checked.cost);
    await vi.advanceTimersByTimeAsync(5000);
    expect(store.getState()).toBe(after);
  });
});

describe('AppStore outline of a finding', () => {
  it('outlines the other parts of a finding until the finding is fixed', () => {
    const b = new DesignBuilder();
    const first = b.cluster(undefined, {}, 'twin');
    const second = b.cluster(undefined, {}, 'twin');
    const store = new AppStore();
    store.openDesign(b.build(), null, false);
    const finding = store.getState().diagnostics.find((d) => d.ruleId === 'cluster.name-unique')!;
    expect(finding.partIds).toEqual([first.id, second.id]);
    store.focusFinding(finding.partIds, finding.ruleId);
    expect(store.getState().highlight).toEqual({ ruleId: 'cluster.name-unique', anchor: first.id, ids: [second.id] });

    // Another edit that leaves the finding keeps the outline; the fix ends it.
    store.editor.apply((d) => updatePart(d, first.id, { note: 'checked' }));
    expect(store.getState().highlight).not.toBeNull();
    store.editor.apply((d) => updatePart(d, second.id, { name: 'other' }));
    expect(store.getState().highlight).toBeNull();
  });

  it("ends with its finding even while another rule's finding names the same parts", () => {
    const highlight = { ruleId: 'rule.a', anchor: 'fp', ids: ['subnet'] };
    const finding = (ruleId: string) => ({ ruleId, severity: 'error' as const, partIds: ['fp', 'subnet'], params: {} });
    expect(stillFound(highlight, [finding('rule.b'), finding('rule.a')] as never)).toBe(highlight);
    // rule.a is fixed; rule.b on the same parts must not keep (and later bring back) rule.a's outline.
    expect(stillFound(highlight, [finding('rule.b')] as never)).toBeNull();
  });

  it('outlines nothing when a part, not a finding, is shown', () => {
    const b = new DesignBuilder();
    const first = b.cluster(undefined, {}, 'twin');
    const second = b.cluster(undefined, {}, 'twin');
    const store = new AppStore();
    store.openDesign(b.build(), null, false);
    store.focusFinding([first.id, second.id]);
    expect(store.getState().highlight).toBeNull();
    expect(store.getState().selection).toEqual([first.id]);
  });
});

/** Suppressions as edits: the headless editor undoes and redoes them, and the rules see them at once. */
import { describe, expect, it } from 'vitest';
import { checkDesign } from '../rules/engine.js';
import { baselineBuilder, TEST_CONTEXT } from '../rules/test-support/builder.js';
import { Editor } from './editor.js';
import { localizeError } from '../errors/localized.js';
import { EditError } from './errors.js';
import { addSuppression, removeSuppression } from './suppressions.js';

// The baseline design with a Spot node group of one instance type: an ng.spot-diversification warning, and
// ng.coredns-spot-only's (its only group is Spot), which no suppression here touches.
function spotDesign() {
  const base = baselineBuilder();
  const design = base.b.build();
  const ngId = base.nodeGroup.id;
  return {
    ngId,
    design: {
      ...design,
      parts: design.parts.map((p) =>
        p.id === ngId && p.kind === 'managed-node-group' ? { ...p, props: { ...p.props, capacityType: 'SPOT' as const } } : p,
      ),
    },
  };
}
const ids = (ds: { ruleId: string }[]) => ds.map((d) => d.ruleId);

describe('suppression edits', () => {
  it('suppress, undo and redo: the finding moves to the suppressed list and back', () => {
    const { design, ngId } = spotDesign();
    expect(ids(checkDesign(design, TEST_CONTEXT).active)).toEqual(['ng.coredns-spot-only', 'ng.spot-diversification']);
    const ed = new Editor(design);
    ed.apply((d) =>
      addSuppression(d, { partId: ngId }, { ruleId: 'ng.spot-diversification', reason: '  batch tolerates interruptions ' }),
    );
    const part = ed.design.parts.find((p) => p.id === ngId)!;
    expect(part.suppressions).toEqual([{ ruleId: 'ng.spot-diversification', reason: 'batch tolerates interruptions' }]);
    const after = checkDesign(ed.design, TEST_CONTEXT);
    expect(ids(after.active)).toEqual(['ng.coredns-spot-only']);
    expect(after.suppressed.map((d) => [d.ruleId, d.suppression])).toEqual([
      ['ng.spot-diversification', { reason: 'batch tolerates interruptions' }],
    ]);
    expect(ed.undo()).toBe(true);
    expect(ed.design).toBe(design);
    expect('suppressions' in ed.design.parts.find((p) => p.id === ngId)!).toBe(false);
    expect(ed.redo()).toBe(true);
    expect(checkDesign(ed.design, TEST_CONTEXT).suppressed).toHaveLength(1);
  });

  it('removing the last one leaves the part without the key, so the file is as before', () => {
    const { design, ngId } = spotDesign();
    const owner = { partId: ngId };
    const added = addSuppression(design, owner, { ruleId: 'ng.spot-diversification', reason: 'r', expires: '2027-01-01' });
    const removed = removeSuppression(added, owner, 'ng.spot-diversification');
    expect(removed).toEqual(design);
    expect(Object.keys(removed.parts.find((p) => p.id === ngId)!)).toEqual(Object.keys(design.parts.find((p) => p.id === ngId)!));
  });

  it('adds and removes design-wide suppressions, leaving other parts untouched', () => {
    const { design } = spotDesign();
    const added = addSuppression(design, {}, { ruleId: 'ng.spot-diversification', reason: 'whole design is a lab' });
    expect(added.suppressions).toEqual([{ ruleId: 'ng.spot-diversification', reason: 'whole design is a lab' }]);
    added.parts.forEach((p, i) => expect(p).toBe(design.parts[i]));
    expect(checkDesign(added, TEST_CONTEXT).suppressed).toHaveLength(1);
    expect('suppressions' in removeSuppression(added, {}, 'ng.spot-diversification')).toBe(false);
  });

  it('refuses an empty reason, a date that does not exist, a second suppression of the rule and a missing part', () => {
    const { design, ngId } = spotDesign();
    const owner = { partId: ngId };
    const attempt = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        expect(err).toBeInstanceOf(EditError);
        return (err as EditError).message;
      }
      throw new Error('expected a refusal');
    };
    expect(attempt(() => addSuppression(design, owner, { ruleId: 'ng.spot-diversification', reason: ' ' }))).toBe(
      `part "${ngId}", reason: must say why the rule is suppressed`,
    );
    expect(
      attempt(() => addSuppression(design, owner, { ruleId: 'ng.spot-diversification', reason: 'r', expires: '2027-02-29' })),
    ).toBe(`part "${ngId}", expires: is not a real calendar day`);
    const badDayJa = (() => {
      try {
        addSuppression(design, owner, { ruleId: 'ng.spot-diversification', reason: 'r', expires: '2027-02-29' });
      } catch (err) {
        return localizeError(err, 'ja');
      }
      return 'accepted';
    })();
    expect(badDayJa).toBe(`パーツ「${ngId}」の expires が無効です: 実在しない日付です`);
    const once = addSuppression(design, owner, { ruleId: 'ng.spot-diversification', reason: 'r' });
    expect(attempt(() => addSuppression(once, owner, { ruleId: 'ng.spot-diversification', reason: 'again' }))).toBe(
      `part "${ngId}" already suppresses ng.spot-diversification`,
    );
    expect(attempt(() => addSuppression(design, { partId: 'nope' }, { ruleId: 'x.y', reason: 'r' }))).toBe(
      'there is no part "nope" in the design',
    );
    expect(attempt(() => removeSuppression(design, {}, 'ng.spot-diversification'))).toBe(
      'the design does not suppress ng.spot-diversification',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { joinList, MANIFEST_TEXTS, say } from './text.js';

const params = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('manifest texts', () => {
  it('say the same things in both languages: every {{param}} of the English text in the Japanese one', () => {
    for (const [key, text] of Object.entries(MANIFEST_TEXTS)) {
      expect(params(text.ja), key).toEqual(params(text.en));
      // The katakana spelling of Pod, written as escapes so the glossary scan does not flag this test itself.
      expect(text.ja, key).not.toMatch(/\u30dd\u30c3\u30c9|～/);
    }
  });

  it('fill parameters and keep unknown ones visible', () => {
    expect(say('en', 'nodeGroup', { nodeGroup: 'ng-1' })).toBe(' Placed on node group ng-1.');
    expect(say('ja', 'nodeGroup')).toBe(' ノードグループ {{nodeGroup}} に配置します。');
  });

  it('join lists the way each language does', () => {
    expect(joinList('en', ['a', 'b'])).toBe('a, b');
    expect(joinList('ja', ['a', 'b'])).toBe('a、b');
  });
});

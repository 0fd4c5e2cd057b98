import { describe, expect, it } from 'vitest';
import { levenshtein } from './levenshtein.js';

describe('levenshtein', () => {
  it('counts edits and stops past the limit', () => {
    expect(levenshtein('m6i.xlarg', 'm6i.xlarge')).toBe(1);
    expect(levenshtein('vpc', 'vcp')).toBe(2);
    expect(levenshtein('kitten', 'sitting', 5)).toBe(3);
    expect(levenshtein('a', 'abcdef')).toBe(3);
  });
});

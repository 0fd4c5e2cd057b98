import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byCodeUnits, sortSmall } from './sort-small.js';

/** Oracle: Array.prototype.sort, which is stable, on a copy. */
describe('sortSmall', () => {
  it('orders like Array.prototype.sort, keeping equal items in place, for short and long lists', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), tag: fc.nat() }), { maxLength: 40 }), (items) => {
        const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
        const expected = [...items].sort(compare);
        const actual = [...items];
        expect(sortSmall(actual, compare)).toBe(actual);
        expect(actual).toEqual(expected);
      }),
    );
  });

  it('byCodeUnits orders strings as the default sort does', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 12 }), (items) => {
        expect(sortSmall([...items], byCodeUnits)).toEqual([...items].sort());
      }),
    );
  });
});

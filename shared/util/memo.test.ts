import { describe, expect, it } from 'vitest';
import { memoByString, memoizeLast } from './memo.js';

describe('memoByString', () => {
  it('computes each string once and returns the same result', () => {
    const calls: string[] = [];
    const parse = memoByString((s) => {
      calls.push(s);
      return { length: s.length };
    });
    const a = parse('nginx:1.27');
    expect(parse('nginx:1.27')).toBe(a);
    expect(parse('redis')).toEqual({ length: 5 });
    expect(calls).toEqual(['nginx:1.27', 'redis']);
  });

  it('remembers undefined results too', () => {
    let calls = 0;
    const f = memoByString(() => {
      calls++;
      return undefined;
    });
    f('x');
    f('x');
    expect(calls).toBe(1);
  });

  it('starts over once full, so it never holds more than the limit', () => {
    let calls = 0;
    const f = memoByString((s) => {
      calls++;
      return s;
    }, 2);
    f('a');
    f('b');
    f('c'); // clears, then holds c
    f('a'); // computed again
    f('c');
    expect(calls).toBe(4);
  });
});

describe('memoizeLast', () => {
  it('answers a repeat of the last argument without calling again, and a new argument afresh', () => {
    const seen: object[] = [];
    const size = memoizeLast((o: { n: number }) => {
      seen.push(o);
      return { n: o.n * 2 };
    });
    const a = { n: 1 };
    const b = { n: 1 };
    const first = size(a);
    expect(size(a)).toBe(first);
    expect(seen).toEqual([a]);
    // Equal but not the same object: a different key (keys are compared by identity).
    expect(size(b)).not.toBe(first);
    expect(size(a)).toEqual({ n: 2 });
    expect(seen).toHaveLength(3);
  });
});

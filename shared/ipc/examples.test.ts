import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, eventContract, INVOKE_CHANNELS, invokeContract } from './contract.js';
import { VALID_EVENTS, VALID_REQUESTS, VALID_RESPONSES } from './test-support/examples.js';
import { allowedKinds, kindOf, malformedVariants, pathsOf, setAt } from './test-support/mutations.js';

describe('IPC examples (used by the property tests in electron/ipc.security.test.ts)', () => {
  it('cover exactly the contract channels, each with at least one request, response and event example', () => {
    expect(Object.keys(VALID_REQUESTS).sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(Object.keys(VALID_RESPONSES).sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(Object.keys(VALID_EVENTS).sort()).toEqual([...EVENT_CHANNELS].sort());
    for (const c of INVOKE_CHANNELS) {
      expect(VALID_REQUESTS[c].length, c).toBeGreaterThan(0);
      expect(VALID_RESPONSES[c].length, c).toBeGreaterThan(0);
    }
    for (const c of EVENT_CHANNELS) expect(VALID_EVENTS[c].length, c).toBeGreaterThan(0);
  });

  it.each(INVOKE_CHANNELS)('%s: every example request and response is valid', (channel) => {
    for (const request of VALID_REQUESTS[channel])
      expect(invokeContract[channel].request.safeParse(request).error).toBeUndefined();
    for (const response of VALID_RESPONSES[channel])
      expect(invokeContract[channel].response.safeParse(response).error).toBeUndefined();
  });

  it.each(EVENT_CHANNELS)('%s: every example payload is valid', (channel) => {
    for (const payload of VALID_EVENTS[channel]) expect(eventContract[channel].safeParse(payload).error).toBeUndefined();
  });
});

describe('malformed variants', () => {
  const example = { text: 'a', target: { path: '/a', expected: null }, n: 1 };

  it('finds every field and the kinds the examples allow there', () => {
    expect(pathsOf(example)).toEqual([[], ['text'], ['target'], ['target', 'path'], ['target', 'expected'], ['n']]);
    expect([...allowedKinds([example, { ...example, target: null }], ['target'])].sort()).toEqual(['null', 'object']);
    expect([...allowedKinds([example, { n: 2 }], ['text'])].sort()).toEqual(['string', 'undefined']);
    expect(kindOf(new Uint8Array(1))).toBe('bytes');
    expect(kindOf(Object.create(null))).toBe('object');
    expect(kindOf(new Date())).toBe('other');
  });

  it('copies instead of changing the example, and writes __proto__ as an own key', () => {
    const frozen = structuredClone(example);
    const changed = setAt(example, ['target', 'path'], 7) as typeof example;
    expect(changed.target.path).toBe(7);
    expect(example).toEqual(frozen);
    const polluted = malformedVariants([example], 'x'.repeat(10)).find((v) => v.what === 'target has an extra key __proto__')!;
    const target = (polluted.value as { target: object }).target;
    expect(Object.hasOwn(target, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('changes each field to each kind the examples never show, drops required keys, adds unknown keys', () => {
    const whats = malformedVariants([example], 'x'.repeat(10)).map((v) => v.what);
    expect(whats).toContain('text = number');
    expect(whats).toContain('target.expected = string');
    expect(whats).not.toContain('target.expected = null');
    expect(whats).toContain('target missing');
    expect(whats).toContain('(payload) has an extra key unexpected');
    expect(whats).toContain('text = 10 characters');
    expect(whats).toContain('n = NaN');
  });
});

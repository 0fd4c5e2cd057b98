import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lazyJsonObject } from './build-cli.js';

/** Runs the module text lazyJsonObject writes and returns its default export and how often it parsed. */
function evaluate(json: string): { value: Record<string, unknown>; parses: () => number } {
  const keys = Object.keys(JSON.parse(json) as object);
  let parses = 0;
  const countingJson = { parse: (text: string) => (parses++, JSON.parse(text) as unknown) };
  const text = lazyJsonObject(keys, `JSON.parse(${JSON.stringify(json)})`).replace('export default', 'return');
  const value = new Function('JSON', text)(countingJson) as Record<string, unknown>;
  return { value, parses: () => parses };
}

describe('JSON parsed on first read in the CLI bundle', () => {
  it("gives eksctl's schema with the same keys, order and values, parsed once on the first read", () => {
    const json = readFileSync(new URL('../shared/eksctl/schema.json', import.meta.url), 'utf8');
    const { value, parses } = evaluate(json);
    expect(parses()).toBe(0);
    expect(Object.keys(value)).toEqual(Object.keys(JSON.parse(json) as object));
    const definitions = value.definitions;
    expect(parses()).toBe(1);
    expect(value.definitions).toBe(definitions);
    expect(JSON.parse(JSON.stringify(value))).toEqual(JSON.parse(json));
    expect(parses()).toBe(1);
  });

  it('keeps keys that are not identifiers', () => {
    const { value } = evaluate('{"$ref":"#/a","a-b":1,"__proto__x":[2],"":null}');
    expect(value).toEqual({ $ref: '#/a', 'a-b': 1, __proto__x: [2], '': null });
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { valueAtPath } from './value-at-path.js';

describe('valueAtPath', () => {
  const doc = parse('metadata:\n  tags: { team: a }\nmanagedNodeGroups:\n  - name: ng-1\n    tags: null\n');

  it('walks objects by key and lists by index', () => {
    expect(valueAtPath(doc, ['metadata', 'tags', 'team'])).toBe('a');
    expect(valueAtPath(doc, ['managedNodeGroups', 0, 'name'])).toBe('ng-1');
    expect(valueAtPath(doc, ['managedNodeGroups', 0, 'tags'])).toBeNull();
    expect(valueAtPath(doc, [])).toBe(doc);
  });

  it('gives undefined where the path leaves the value', () => {
    expect(valueAtPath(doc, ['managedNodeGroups', 1, 'name'])).toBeUndefined();
    expect(valueAtPath(doc, ['managedNodeGroups', 0, 'tags', 'team'])).toBeUndefined();
    expect(valueAtPath(doc, ['metadata', 'tags', 'team', 'length'])).toBeUndefined();
    expect(valueAtPath(undefined, ['metadata'])).toBeUndefined();
  });

  it('reads only keys the document has, not inherited ones', () => {
    expect(valueAtPath(doc, ['metadata', 'constructor'])).toBeUndefined();
    expect(valueAtPath(doc, ['managedNodeGroups', 'map'])).toBeUndefined();
    expect(valueAtPath(doc, ['managedNodeGroups', 'length'])).toBe(1);
  });
});

// The inspector labels every add-on switch from the add-on table, in both languages.
import { describe, expect, it } from 'vitest';
import { SWITCH_ROWS } from '../../shared/model/addons.js';
import { inspectorEn, inspectorJa } from './areas/inspector.js';

describe('add-on switch labels', () => {
  it.each(SWITCH_ROWS.map((row) => [row.switch, row] as const))('labels %s in English and Japanese', (key, row) => {
    expect(inspectorEn.labels[key]).toBe(row.label.en);
    expect(inspectorJa.labels[key]).toBe(row.label.ja);
  });
});

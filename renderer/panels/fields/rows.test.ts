import { describe, expect, it } from 'vitest';
import { mapFromRows, rowsFromMap, taintsFromRows } from './rows.js';

describe('table editor rows', () => {
  it('round-trips a map through rows, trimming and skipping blank rows', () => {
    const rows = [...rowsFromMap({ team: 'web' }), { key: ' tier ', value: ' front ' }, { key: '', value: '' }];
    expect(mapFromRows(rows)).toEqual({ ok: true, value: { team: 'web', tier: 'front' } });
  });

  it('flags both rows of a duplicate key and saves nothing', () => {
    const result = mapFromRows([
      { key: 'team', value: 'a' },
      { key: 'x', value: '1' },
      { key: 'team ', value: 'b' },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect([...result.problems.keys()]).toEqual([0, 2]);
      expect(result.problems.get(2)).toEqual({ message: 'duplicateKey', params: { key: 'team' } });
    }
  });

  it('asks for a key when a row has only a value', () => {
    const result = mapFromRows([{ key: '', value: 'orphan' }]);
    expect(result.ok ? null : result.problems.get(0)?.message).toBe('keyRequired');
  });

  it('allows one taint per key and effect', () => {
    expect(
      taintsFromRows([
        { key: 'gpu', value: 'true', effect: 'NoSchedule' },
        { key: 'gpu', value: 'true', effect: 'NoExecute' },
      ]).ok,
    ).toBe(true);
    expect(
      taintsFromRows([
        { key: 'gpu', value: 'a', effect: 'NoSchedule' },
        { key: 'gpu', value: 'b', effect: 'NoSchedule' },
      ]).ok,
    ).toBe(false);
  });
});

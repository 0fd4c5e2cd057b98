import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule, TEST_CONTEXT } from '../../test-support/builder.js';
import { versionSupported as rule } from './version-supported.js';

describe(rule.id, () => {
  it('flags versions past extended support and older or malformed versions the calendar does not know', () => {
    const b = new DesignBuilder();
    const old = b.cluster(undefined, { version: '1.31' }); // extended support ended 2026-11-26
    const unknown = b.cluster(undefined, { version: '1.20' });
    const garbage = b.cluster(undefined, { version: 'one' });
    b.cluster(undefined, { version: '1.36' }); // newer than the calendar: cluster.version-newer-than-calendar
    const available = '1.35, 1.34, 1.33, 1.32';
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [old.id], params: { cluster: 'demo-1', version: '1.31', today: '2026-11-28', available } },
      { partIds: [unknown.id], params: { cluster: 'demo-2', version: '1.20', today: '2026-11-28', available } },
      { partIds: [garbage.id], params: { cluster: 'demo-3', version: 'one', today: '2026-11-28', available } },
    ]);
  });

  it('follows the date: 1.31 is still allowed the day before extended support ends', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { version: '1.31' });
    expect(runRule(rule, b.build(), { ...TEST_CONTEXT, today: '2026-11-25' })).toEqual([]);
  });

  it('passes the baseline', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

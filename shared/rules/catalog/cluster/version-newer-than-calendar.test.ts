import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { versionNewerThanCalendar as rule } from './version-newer-than-calendar.js';
import { versionSupported } from './version-supported.js';

describe(rule.id, () => {
  it('says a version newer than the calendar is newer than the calendar (with its date), not unsupported', () => {
    const b = new DesignBuilder();
    const c = b.cluster(undefined, { version: '1.36' });
    const design = b.build();
    expect(runRule(rule, design)).toEqual([
      {
        partIds: [c.id],
        params: { cluster: 'demo-1', version: '1.36', asOf: '2026-08-21', newest: '1.35', region: 'us-east-1' },
      },
    ]);
    expect(runRule(versionSupported, design)).toEqual([]);
  });

  it('leaves known, older-than-calendar and malformed versions to cluster.version-supported', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { version: '1.35' });
    b.cluster(undefined, { version: '1.20' });
    b.cluster(undefined, { version: 'latest' });
    b.cluster(undefined, { version: '1.3' });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

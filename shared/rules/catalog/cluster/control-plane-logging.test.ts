import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { controlPlaneLogging as rule } from './control-plane-logging.js';

describe(rule.id, () => {
  it('names the audit log types that are off', () => {
    const b = new DesignBuilder();
    const c1 = b.cluster(undefined);
    const c2 = b.cluster(undefined, { logging: ['audit', 'scheduler'] });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [c1.id], params: { cluster: 'demo-1', missing: 'api, audit, authenticator' } },
      { partIds: [c2.id], params: { cluster: 'demo-2', missing: 'api, authenticator' } },
    ]);
  });

  it('passes api, audit and authenticator, and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { logging: ['api', 'audit', 'authenticator'] });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { authModeConfigmap as rule } from './auth-mode-configmap.js';

describe(rule.id, () => {
  it('flags the CONFIG_MAP authentication mode', () => {
    const b = new DesignBuilder();
    const c = b.cluster(undefined, { authenticationMode: 'CONFIG_MAP' });
    b.cluster(undefined, { authenticationMode: 'API_AND_CONFIG_MAP' });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [c.id], params: { cluster: 'demo-1' } }]);
  });

  it('passes the baseline', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

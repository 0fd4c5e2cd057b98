import { describe, expect, it } from 'vitest';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { logTypes as rule } from './log-types.js';

describe(rule.id, () => {
  it('flags an unknown log type carried in the config', () => {
    const extra = { cloudWatch: { clusterLogging: { enableTypes: ['api', 'kubelet'] } } };
    expect(findingsFor(rule, extra, { logging: [] })).toEqual([
      {
        partIds: ['cluster-1'],
        params: { cluster: 'demo-1', path: 'cloudWatch.clusterLogging.enableTypes[1]', type: 'kubelet' },
        configPath: 'cloudWatch.clusterLogging.enableTypes[1]',
      },
    ]);
  });

  it('passes the five types, all and *, and the baseline', () => {
    expect(findingsFor(rule, {}, { logging: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] })).toEqual([]);
    expect(findingsFor(rule, { cloudWatch: { clusterLogging: { enableTypes: ['all', '*'] } } }, { logging: [] })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});

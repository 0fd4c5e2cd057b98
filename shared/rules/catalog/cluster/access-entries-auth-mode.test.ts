import { describe, expect, it } from 'vitest';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { accessEntriesAuthMode as rule } from './access-entries-auth-mode.js';

const accessEntries = [{ principalARN: 'arn:aws:iam::111122223333:role/admin' }];

describe(rule.id, () => {
  it('flags access entries under CONFIG_MAP', () => {
    expect(findingsFor(rule, { accessConfig: { accessEntries } }, { authenticationMode: 'CONFIG_MAP' })).toEqual([
      {
        partIds: ['cluster-1'],
        params: { cluster: 'demo-1', path: 'accessConfig.authenticationMode' },
        configPath: 'accessConfig.authenticationMode',
      },
    ]);
  });

  it('passes access entries under API and API_AND_CONFIG_MAP, CONFIG_MAP without entries, and the baseline', () => {
    expect(findingsFor(rule, { accessConfig: { accessEntries } }, { authenticationMode: 'API' })).toEqual([]);
    expect(findingsFor(rule, { accessConfig: { accessEntries } }, { authenticationMode: 'API_AND_CONFIG_MAP' })).toEqual([]);
    expect(findingsFor(rule, {}, { authenticationMode: 'CONFIG_MAP' })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});

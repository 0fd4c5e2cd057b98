import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { regionSupported as rule } from './region-supported.js';

describe(rule.id, () => {
  it('flags an empty, misspelt or unknown Region', () => {
    const b = new DesignBuilder();
    const ids = ['', 'US-EAST-1', 'eu-moon-1'].map((region) => b.cluster(undefined, { region }).id);
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [ids[0]], params: { cluster: 'demo-1', region: '' } },
      { partIds: [ids[1]], params: { cluster: 'demo-2', region: 'US-EAST-1' } },
      { partIds: [ids[2]], params: { cluster: 'demo-3', region: 'eu-moon-1' } },
    ]);
  });

  it('passes Tokyo and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { region: 'ap-northeast-1' });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { problemsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { tagLimits as rule } from './tag-limits.js';

const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`tag-${i}`, `v${i}`]));

describe(rule.id, () => {
  // Found by the eighth pass of unseen configs: a 257-character value, a 132-character key and 51 cluster tags
  // got no finding; CloudFormation and EKS refuse each.
  it('flags long keys and values anywhere, and too many tags on entries that are no stack of their own', () => {
    const longKey = `example.com/${'k'.repeat(120)}`;
    const extra = {
      metadata: { name: 'c', region: 'us-west-2', tags: { ...many(46), description: 'x'.repeat(257) } },
      managedNodeGroups: [{ name: 'ng', tags: { [longKey]: 'yes' } }],
      fargateProfiles: [{ name: 'fp', tags: many(51) }],
      identityProviders: [{ name: 'idp', type: 'oidc', tags: { owner: 'o'.repeat(300) } }],
    };
    expect(problemsFor(rule, extra)).toEqual([
      ['metadata.tags.description', 'value of 257 characters (at most 256)'],
      [`managedNodeGroups[0].tags["${longKey}"]`, 'key of 132 characters (at most 128)'],
      ['fargateProfiles[0].tags', '51 tags (at most 50 here)'],
      ['identityProviders[0].tags.owner', 'value of 300 characters (at most 256)'],
    ]);
  });

  it('passes tags at the limits and the baseline, and leaves the count of stack tags to cluster.tag-count', () => {
    const extra = {
      metadata: { name: 'c', region: 'us-west-2', tags: { ...many(60), ['k'.repeat(128)]: 'v'.repeat(256) } },
      nodeGroups: [{ name: 'ng', tags: many(55) }],
      fargateProfiles: [{ name: 'fp', tags: many(50) }],
    };
    expect(problemsFor(rule, extra)).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});

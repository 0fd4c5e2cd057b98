import { describe, expect, it } from 'vitest';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { gitopsFlux as rule } from './gitops-flux.js';

describe(rule.id, () => {
  it('flags Flux without flags, and without a git provider', () => {
    expect(findingsFor(rule, { gitops: { flux: { gitProvider: 'github' } } }).map((f) => f.params?.['field'])).toEqual([
      'gitops.flux.flags',
    ]);
    expect(findingsFor(rule, { gitops: { flux: { flags: { owner: 'o' } } } }).map((f) => f.configPath)).toEqual([
      'gitops.flux.gitProvider',
    ]);
  });

  it('passes a complete Flux section and the baseline', () => {
    expect(findingsFor(rule, { gitops: { flux: { gitProvider: 'gitlab', flags: { owner: 'o', repository: 'r' } } } })).toEqual(
      [],
    );
    expect(quietOnBaseline(rule)).toBe(true);
  });
});

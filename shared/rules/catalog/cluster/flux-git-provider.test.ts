import { describe, expect, it } from 'vitest';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { FLUX_GIT_PROVIDERS, fluxGitProvider as rule } from './flux-git-provider.js';

const flux = (gitProvider: string) => ({ gitops: { flux: { gitProvider, flags: { owner: 'o', repository: 'r' } } } });

describe(rule.id, () => {
  // Found by the sixth pass of unseen configs: eksctl passes gitProvider to `flux bootstrap` as the subcommand.
  it('flags a provider flux bootstrap has no subcommand for', () => {
    for (const bad of ['GitHub', 'bitbucket_server', 'codecommit'])
      expect(findingsFor(rule, flux(bad)).map((f) => f.params?.['provider'])).toEqual([bad]);
  });

  it('passes every flux bootstrap provider, a missing one (eksctl.gitops-flux), and the baseline', () => {
    for (const ok of FLUX_GIT_PROVIDERS) expect(findingsFor(rule, flux(ok))).toEqual([]);
    expect(findingsFor(rule, { gitops: { flux: { flags: { owner: 'o' } } } })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});

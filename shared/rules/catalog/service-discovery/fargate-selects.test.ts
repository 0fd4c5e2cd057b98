import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../test-support/builder.js';
import { profileSelectsPods } from './fargate-selects.js';

describe('profileSelectsPods', () => {
  const b = new DesignBuilder();
  const cluster = b.cluster(undefined);
  const profile = (namespace: string, labels: Record<string, string> = {}) =>
    b.fargateProfile(cluster, { selectors: [{ namespace, labels }] });

  it('matches namespaces with * and ? wildcards and nothing else', () => {
    expect(profileSelectsPods(profile('kube-*'), 'kube-system', {})).toBe(true);
    expect(profileSelectsPods(profile('kube-syste?'), 'kube-system', {})).toBe(true);
    expect(profileSelectsPods(profile('kube.system'), 'kube-system', {})).toBe(false);
    expect(profileSelectsPods(profile('default'), 'kube-system', {})).toBe(false);
  });

  it('needs every selector label on the pods', () => {
    const fp = profile('karpenter', { app: 'karpenter' });
    expect(profileSelectsPods(fp, 'karpenter', { app: 'karpenter', x: 'y' })).toBe(true);
    expect(profileSelectsPods(fp, 'karpenter', {})).toBe(false);
  });
});

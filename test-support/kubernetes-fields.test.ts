import { describe, expect, it } from 'vitest';
import { SERVED_APIS } from '../shared/manifests/kubernetes-apis.js';
import type { KubeObject } from '../shared/manifests/types.js';
import { SPEC_ROOTS, SPEC_VERSIONS, specFieldProblems, specVersionsFor } from './kubernetes-fields.js';

const pod = (spec: Record<string, unknown>, extra: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' } },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'web', image: 'nginx', resources: { requests: { cpu: '250m' } } }], ...spec },
    },
    ...extra,
  },
});

describe('the per-version field oracle', () => {
  it('has the spec of every version from 1.27 to 1.36 but 1.31 and 1.35, whose neighbours stand in', () => {
    expect(SPEC_VERSIONS).toEqual(['1.27', '1.28', '1.29', '1.30', '1.32', '1.33', '1.34', '1.36']);
    expect(specVersionsFor('1.33')).toEqual(['1.33']);
    expect(specVersionsFor('1.31')).toEqual(['1.30', '1.32']);
    expect(specVersionsFor('1.35')).toEqual(['1.34', '1.36']);
    expect(specVersionsFor('1.26')).toBeUndefined();
    expect(specVersionsFor('1.37')).toBeUndefined();
  });

  it('covers every apiVersion/kind the generator writes', () => {
    expect(SERVED_APIS.map((a) => `${a.apiVersion}/${a.kind}`).filter((k) => !SPEC_ROOTS[k])).toEqual([]);
  });

  it('accepts a valid Deployment in every version', () => {
    for (const v of ['1.27', '1.31', '1.33', '1.35', '1.36']) expect(specFieldProblems(v, pod({}))).toEqual([]);
  });

  it('refuses a field the version does not have yet, and takes it from the version that added it', () => {
    // PodSpec.hostnameOverride is in the 1.34 spec (alpha), not in 1.33's.
    const withOverride = pod({ hostnameOverride: 'web-0' });
    expect(specFieldProblems('1.33', withOverride).join()).toMatch(
      /Kubernetes 1\.33: \/spec\/template\/spec has no field "hostnameOverride"/,
    );
    expect(specFieldProblems('1.34', withOverride)).toEqual([]);
    // Pod-level resources came in 1.32; 1.31 has only what 1.30 and 1.32 share.
    const podResources = pod({ resources: { requests: { cpu: '1' } } });
    expect(specFieldProblems('1.31', podResources).join()).toMatch(/has no field "resources"/);
    expect(specFieldProblems('1.32', podResources)).toEqual([]);
  });

  it('refuses a misspelt field, a wrong type and a missing required field', () => {
    expect(specFieldProblems('1.34', pod({ nodeSelecter: { a: 'b' } })).join()).toMatch(/has no field "nodeSelecter"/);
    expect(specFieldProblems('1.34', pod({ nodeSelector: { 'kubernetes.io/arch': 1 } })).join()).toMatch(/must be string/);
    expect(specFieldProblems('1.34', pod({ containers: [{ image: 'nginx' }] })).join()).toMatch(
      /containers\/0 must have required property 'name'/,
    );
    const annotations: KubeObject = {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'a', annotations: { x: true } as never },
    };
    expect(specFieldProblems('1.30', annotations).join()).toMatch(/metadata\/annotations\/x must be string/);
  });

  it('leaves kinds it does not cover to the other oracles', () => {
    expect(
      specFieldProblems('1.34', { apiVersion: 'karpenter.sh/v1', kind: 'NodePool', metadata: { name: 'x' }, spec: { x: 1 } }),
    ).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importEksctlYaml } from '../../../round-trip/index.js';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { endpointPublicOpen as rule } from './endpoint-public-open.js';

describe(rule.id, () => {
  it('flags a public endpoint without CIDR limits or open to 0.0.0.0/0', () => {
    const b = new DesignBuilder();
    const c1 = b.cluster(undefined, { endpointAccess: { public: true, private: false, publicAccessCidrs: [] } });
    const c2 = b.cluster(undefined, {
      endpointAccess: { public: true, private: true, publicAccessCidrs: ['203.0.113.0/24', '0.0.0.0/0'] },
    });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [c1.id], params: { cluster: 'demo-1', open: '0.0.0.0/0' } },
      { partIds: [c2.id], params: { cluster: 'demo-2', open: '0.0.0.0/0' } },
    ]);
  });

  // Found by the sixteenth pass of unseen configs: an IPv6 cluster with public access from ::/0 got no warning.
  // Its public endpoint is dual-stack, and EKS's default for it is 0.0.0.0/0 and ::/0 (VpcConfigRequest).
  it('counts ::/0 as the whole internet on an IPv6 cluster, and the default as both families', () => {
    const b = new DesignBuilder();
    const endpoint = (publicAccessCidrs: string[]) => ({ endpointAccess: { public: true, private: true, publicAccessCidrs } });
    const c1 = b.cluster(undefined, { ipFamily: 'IPv6', ...endpoint(['203.0.113.0/24', '::/0']) });
    const c2 = b.cluster(undefined, { ipFamily: 'IPv6', ...endpoint([]) });
    const c3 = b.cluster(undefined, { ipFamily: 'IPv6', ...endpoint(['0.0.0.0/0', '::0/0']) });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [c1.id], params: { cluster: 'demo-1', open: '::/0' } },
      { partIds: [c2.id], params: { cluster: 'demo-2', open: '0.0.0.0/0, ::/0' } },
      { partIds: [c3.id], params: { cluster: 'demo-3', open: '0.0.0.0/0, ::0/0' } },
    ]);
  });

  it('passes an IPv6 cluster limited to its own blocks of both families', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, {
      ipFamily: 'IPv6',
      endpointAccess: { public: true, private: true, publicAccessCidrs: ['203.0.113.0/24', '2001:db8::/32'] },
    });
    expect(runRule(rule, b.build())).toEqual([]);
    const fixture = (name: string) =>
      importEksctlYaml(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')).document.design;
    expect(runRule(rule, fixture('valid/r-ipv6-public-access-own-blocks.yaml'))).toEqual([]);
    expect(runRule(rule, fixture('faulty/r-ipv6-public-access-open.yaml'))).toMatchObject([{ params: { open: '::/0' } }]);
  });

  it('passes a private-only endpoint and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { endpointAccess: { public: false, private: true, publicAccessCidrs: [] } });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

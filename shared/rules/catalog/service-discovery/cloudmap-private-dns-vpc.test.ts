import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { cloudmapPrivateDnsVpc as rule } from './cloudmap-private-dns-vpc.js';

function twoVpcs(namespaceType: 'HTTP' | 'DNS_PRIVATE') {
  const { b, workload } = baselineBuilder();
  const other = b.cluster(undefined, {}, 'other');
  const remote = b.workload(b.managedNodeGroup(other));
  const map = b.add('cloud-map', { props: { namespaceName: 'svc.local', namespaceType } });
  b.connect(workload, map).connect(remote, map);
  return { design: b.build(), map, workload, remote };
}

describe(rule.id, () => {
  it('flags a private DNS namespace used from two VPCs', () => {
    const { design, map, workload, remote } = twoVpcs('DNS_PRIVATE');
    expect(runRule(rule, design)).toEqual([
      { partIds: [map.id, workload.id, remote.id], params: { namespace: 'svc.local', count: 2 } },
    ]);
  });

  it('passes an HTTP namespace across VPCs and a private namespace within one VPC', () => {
    expect(runRule(rule, twoVpcs('HTTP').design)).toEqual([]);
    const { b, workload, nodeGroup } = baselineBuilder();
    const map = b.add('cloud-map');
    b.connect(workload, map).connect(b.workload(nodeGroup), map);
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { cidrNoOverlap as rule } from './cidr-no-overlap.js';
import { hybridDesign } from '../../test-support/hybrid-design.js';
import { importEksctlYaml } from '../../../round-trip/index.js';

describe(rule.id, () => {
  it('flags remote CIDRs overlapping each other, the VPC and the service CIDR', () => {
    const { b, vpc, cluster, network } = hybridDesign({
      cluster: { serviceIpv4Cidr: '172.20.0.0/16' },
      network: { remoteNodeCidrs: ['10.0.128.0/20', '172.16.0.0/18'], remotePodCidrs: ['172.16.32.0/19', '172.20.0.0/24'] },
    });
    const name = 'on-prem-network-1';
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [network.id, vpc.id],
        params: { network: name, cidr: '10.0.128.0/20', otherName: 'vpc-1', other: '10.0.0.0/16' },
      },
      { partIds: [network.id], params: { network: name, cidr: '172.16.0.0/18', otherName: name, other: '172.16.32.0/19' } },
      {
        partIds: [network.id, cluster.id],
        params: { network: name, cidr: '172.20.0.0/24', otherName: 'demo-1', other: '172.20.0.0/16' },
      },
    ]);
  });

  it("checks against EKS's default service CIDR when none is set", () => {
    const { b, cluster, network } = hybridDesign({ network: { remotePodCidrs: ['172.20.128.0/17'] } });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [network.id, cluster.id],
        params: { network: 'on-prem-network-1', cidr: '172.20.128.0/17', otherName: 'demo-1', other: '172.20.0.0/16' },
      },
    ]);
  });

  it('checks an unconnected network against itself', () => {
    const { b, network } = hybridDesign({ connected: false, network: { remotePodCidrs: ['172.16.0.0/24'] } });
    expect(runRule(rule, b.build()).map((f) => f.partIds)).toEqual([[network.id]]);
  });

  it("does not compare with an existing VPC's CIDR the config does not give (eksctl reads it from AWS)", () => {
    const yaml = (cidr: string) => `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: hybrid-retail, region: eu-west-2, version: "1.35"}
vpc:
  id: vpc-0c4d5e6f7a8b9c0d1${cidr}
  subnets:
    private:
      eu-west-2a: {id: subnet-0c4d5e6f7a8b90001}
      eu-west-2b: {id: subnet-0c4d5e6f7a8b90002}
remoteNetworkConfig:
  remoteNodeNetworks:
    - cidrs: [192.168.100.0/24]
`;
    expect(runRule(rule, importEksctlYaml(yaml('')).document.design)).toEqual([]);
    // Given in the config, it is compared.
    const given = runRule(rule, importEksctlYaml(yaml('\n  cidr: 192.168.0.0/16')).document.design);
    expect(given.map((f) => [f.params?.['cidr'], f.params?.['other']])).toEqual([['192.168.100.0/24', '192.168.0.0/16']]);
  });

  it('passes disjoint ranges and the baseline', () => {
    expect(runRule(rule, hybridDesign().b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

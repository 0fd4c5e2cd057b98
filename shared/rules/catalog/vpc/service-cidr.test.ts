import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { serviceCidr as rule } from './service-cidr.js';
import { importEksctlYaml } from '../../../round-trip/index.js';

describe(rule.id, () => {
  it('flags a service CIDR that overlaps the VPC, is public space or is too small', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/16' });
    const c1 = b.cluster(vpc, { serviceIpv4Cidr: '10.0.0.0/16' });
    const c2 = b.cluster(vpc, { serviceIpv4Cidr: '100.64.0.0/16' });
    const c3 = b.cluster(vpc, { serviceIpv4Cidr: '10.100.0.0/25' });
    const c4 = b.cluster(undefined, { serviceIpv4Cidr: '192.168.0.0/24' });
    const vpcCidr = '10.0.0.0/16';
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [c1.id, vpc.id], params: { cluster: 'demo-1', cidr: '10.0.0.0/16', vpcCidr } },
      { partIds: [c2.id, vpc.id], params: { cluster: 'demo-2', cidr: '100.64.0.0/16', vpcCidr } },
      { partIds: [c3.id, vpc.id], params: { cluster: 'demo-3', cidr: '10.100.0.0/25', vpcCidr } },
      { partIds: [c4.id], params: { cluster: 'demo-4', cidr: '192.168.0.0/24', vpcCidr: '192.168.0.0/16' } },
    ]);
  });

  it("does not compare with an existing VPC's CIDR the config does not give (eksctl reads it from AWS)", () => {
    const yaml = (cidr: string) => `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: shared-vpc, region: eu-west-2, version: "1.35"}
kubernetesNetworkConfig: {serviceIPv4CIDR: 192.168.240.0/20}
vpc:
  id: vpc-0c4d5e6f7a8b9c0d1${cidr}
  subnets:
    private:
      eu-west-2a: {id: subnet-0c4d5e6f7a8b90001}
      eu-west-2b: {id: subnet-0c4d5e6f7a8b90002}
`;
    expect(runRule(rule, importEksctlYaml(yaml('')).document.design)).toEqual([]);
    expect(runRule(rule, importEksctlYaml(yaml('\n  cidr: 192.168.0.0/16')).document.design)).toHaveLength(1);
  });

  it('passes a private non-overlapping range, the default and the baseline', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/16' });
    b.cluster(vpc, { serviceIpv4Cidr: '172.20.0.0/16' });
    b.cluster(vpc);
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

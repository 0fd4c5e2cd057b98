import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.js';
import type { PartOf } from '../model/parts.js';
import { validateDesign } from '../rules/engine.js';
import { TEST_CONTEXT } from '../rules/test-support/builder.js';
import { addPart, updatePart } from './commands.js';
import { nextFreeSubnetCidr, nextSubnetProps } from './new-part-props.js';

/** A VPC eksctl creates, or with `existingVpcId` one that exists already (its subnets are the user's layout). */
function withVpc(cidr = '10.0.0.0/16', existingVpcId = ''): Design {
  const d = addPart({ name: 't', description: '', parts: [], connections: [] }, 'vpc').design;
  const vpc = d.parts[0] as PartOf<'vpc'>;
  return updatePart(d, vpc.id, { props: { ...vpc.props, cidr, existingVpcId } });
}
const EXISTING = 'vpc-0123456789abcdef0';

function addSubnets(d: Design, n: number): Design {
  for (let i = 0; i < n; i++) d = addPart(d, 'subnet', { parentId: 'vpc-1' }).design;
  return d;
}

const subnets = (d: Design) =>
  d.parts
    .filter((p): p is PartOf<'subnet'> => p.kind === 'subnet')
    .map((s) => `${s.props.access} ${s.props.availabilityZone} ${s.props.cidr}`);

describe('new subnets', () => {
  it('are two public, then private ones, each access spread over the AZs, at eksctl’s CIDRs in a VPC eksctl creates', () => {
    // eksctl cuts a /16 into /19s: zone i's public subnet is block i, its private one block i + zones
    // (pkg/vpc/vpc.go SetSubnets), so the third zone moves the private subnets of the first two.
    expect(subnets(addSubnets(withVpc(), 6))).toEqual([
      'public us-east-1a 10.0.0.0/19',
      'public us-east-1b 10.0.32.0/19',
      'private us-east-1a 10.0.96.0/19',
      'private us-east-1b 10.0.128.0/19',
      'public us-east-1c 10.0.64.0/19',
      'private us-east-1c 10.0.160.0/19',
    ]);
  });

  it('take the next free block in a VPC that exists already, whose layout is the user’s', () => {
    expect(subnets(addSubnets(withVpc('10.0.0.0/16', EXISTING), 6))).toEqual([
      'public us-east-1a 10.0.0.0/19',
      'public us-east-1b 10.0.32.0/19',
      'private us-east-1a 10.0.64.0/19',
      'private us-east-1b 10.0.96.0/19',
      'public us-east-1c 10.0.128.0/19',
      'private us-east-1c 10.0.160.0/19',
    ]);
  });

  it('are named by access and zone, like the templates’ subnets', () => {
    const names = addSubnets(withVpc(), 7)
      .parts.filter((p) => p.kind === 'subnet')
      .map((p) => p.name);
    expect(names).toEqual(['public-1a', 'public-1b', 'private-1a', 'private-1b', 'public-1c', 'private-1c', 'public-1a-2']);
  });

  it('follow the region of the cluster in the VPC (ap-northeast-1 has no zone b)', () => {
    let d = addPart(withVpc(), 'cluster', { parentId: 'vpc-1' }).design;
    const cluster = d.parts.find((p) => p.kind === 'cluster') as PartOf<'cluster'>;
    d = updatePart(d, cluster.id, { props: { ...cluster.props, region: 'ap-northeast-1' } });
    expect(subnets(addSubnets(d, 3)).map((s) => s.split(' ')[1])).toEqual([
      'ap-northeast-1a',
      'ap-northeast-1c',
      'ap-northeast-1a',
    ]);
  });

  it('give a new cluster the region its VPC’s subnets are in', () => {
    let d = addSubnets(withVpc(), 1);
    const subnet = d.parts[1] as PartOf<'subnet'>;
    d = updatePart(d, subnet.id, { props: { ...subnet.props, availabilityZone: 'eu-west-1b' } });
    d = addPart(d, 'cluster', { parentId: 'vpc-1' }).design;
    expect((d.parts.find((p) => p.kind === 'cluster') as PartOf<'cluster'>).props.region).toBe('eu-west-1');
  });

  it('take a quarter of a small VPC, and smaller blocks when the VPC fills up', () => {
    expect(subnets(addSubnets(withVpc('192.168.10.0/24', EXISTING), 5)).map((s) => s.split(' ')[2])).toEqual([
      '192.168.10.0/26',
      '192.168.10.64/26',
      '192.168.10.128/26',
      '192.168.10.192/26',
      // Full: the static default, which the overlap rule then reports.
      '10.0.0.0/19',
    ]);
    expect(nextFreeSubnetCidr('10.0.0.0/16', ['10.0.0.0/17', '10.0.128.0/18', '10.0.192.0/19', '10.0.224.0/20'])).toBe(
      '10.0.240.0/20',
    );
    expect(nextFreeSubnetCidr('not a cidr', [])).toBeUndefined();
  });

  it('skip blocks that user-edited subnets already use', () => {
    let d = addSubnets(withVpc('10.0.0.0/16', EXISTING), 1);
    const subnet = d.parts[1] as PartOf<'subnet'>;
    d = updatePart(d, subnet.id, { props: { ...subnet.props, cidr: '10.0.32.0/20' } });
    expect(nextSubnetProps(d, 'vpc-1')?.cidr).toBe('10.0.0.0/19');
    d = addSubnets(d, 1);
    expect(nextSubnetProps(d, 'vpc-1')?.cidr).toBe('10.0.64.0/19');
  });
});

describe('new subnets of a VPC eksctl creates', () => {
  const splitWarnings = (d: Design) => validateDesign(d, TEST_CONTEXT).filter((f) => f.ruleId === 'vpc.subnets-eksctl-split');

  it('raise no vpc.subnets-eksctl-split warning when a third zone is added to a cluster’s VPC', () => {
    let d = addPart(addSubnets(withVpc(), 4), 'cluster', { parentId: 'vpc-1' }).design;
    expect(splitWarnings(d)).toEqual([]);
    d = addSubnets(d, 2);
    expect(subnets(d).map((s) => s.split(' ')[1])).toContain('us-east-1c');
    expect(splitWarnings(d)).toEqual([]);
  });

  it('use eksctl’s blocks of a /24 (/27s) and of the default VPC CIDR when none is set', () => {
    expect(subnets(addSubnets(withVpc('192.168.10.0/24'), 4)).map((s) => s.split(' ')[2])).toEqual([
      '192.168.10.0/27',
      '192.168.10.32/27',
      '192.168.10.64/27',
      '192.168.10.96/27',
    ]);
    expect(subnets(addSubnets(withVpc(''), 2)).map((s) => s.split(' ')[2])).toEqual(['192.168.0.0/19', '192.168.32.0/19']);
  });

  it('leave a subnet the user set to a CIDR of their own where it is', () => {
    let d = addSubnets(withVpc(), 4);
    const custom = d.parts.find((p) => p.name === 'private-1a') as PartOf<'subnet'>;
    d = updatePart(d, custom.id, { props: { ...custom.props, cidr: '10.0.200.0/24' } });
    d = addSubnets(d, 1);
    expect(subnets(d)).toEqual([
      'public us-east-1a 10.0.0.0/19',
      'public us-east-1b 10.0.32.0/19',
      'private us-east-1a 10.0.200.0/24',
      'private us-east-1b 10.0.128.0/19',
      'public us-east-1c 10.0.64.0/19',
    ]);
  });
});

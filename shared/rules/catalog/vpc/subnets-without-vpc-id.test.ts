import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { subnetsWithoutVpcId as rule } from './subnets-without-vpc-id.js';

/** A design whose exported config carries `vpc` as written (the cluster's extra replaces the modelled one). */
function withVpc(vpc: Record<string, unknown>) {
  const b = new DesignBuilder();
  const cluster = b.cluster(undefined, { region: 'eu-central-1', extra: { vpc } });
  return { design: b.build(), cluster };
}

describe(rule.id, () => {
  it('flags a subnet given by CIDR without vpc.id, quoting eksctl', () => {
    const { design, cluster } = withVpc({
      cidr: '10.20.0.0/16',
      subnets: { private: { 'priv-a': { az: 'eu-central-1a', cidr: '10.20.0.0/19' } } },
    });
    expect(runRule(rule, design)).toEqual([
      {
        partIds: [cluster.id],
        params: { cluster: 'demo-1', path: 'vpc.subnets.private["priv-a"]', access: 'private', key: 'priv-a', by: 'CIDR' },
        configPath: 'vpc.subnets.private["priv-a"]',
      },
    ]);
  });

  it('says "by AZ" for a subnet given only by its zone', () => {
    const { design } = withVpc({ subnets: { public: { 'eu-central-1a': {} } } });
    expect(runRule(rule, design)[0]?.params).toMatchObject({ access: 'public', by: 'AZ' });
  });

  it('passes subnets with ids, a vpc.id, and public subnets by CIDR once a private one by id gave eksctl the VPC', () => {
    expect(runRule(rule, withVpc({ subnets: { private: { a: { id: 'subnet-0aaa' } } } }).design)).toEqual([]);
    expect(
      runRule(
        rule,
        withVpc({ id: 'vpc-0abc', subnets: { private: { a: { az: 'eu-central-1a', cidr: '10.0.0.0/19' } } } }).design,
      ),
    ).toEqual([]);
    expect(
      runRule(
        rule,
        withVpc({
          subnets: { private: { a: { id: 'subnet-0aaa' } }, public: { b: { az: 'eu-central-1b', cidr: '10.0.0.0/19' } } },
        }).design,
      ),
    ).toEqual([]);
  });

  it('passes what the exporter writes for drawn subnets in a VPC eksctl creates (the baseline)', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { hostnameType as rule } from './hostname-type.js';

describe(rule.id, () => {
  it('flags a value EC2 does not have, quoting eksctl', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ extra: { hostnameType: 'ip-address' } });
    b.cluster(vpc);
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [vpc.id],
        params: {
          cluster: 'demo-1',
          path: 'vpc.hostnameType',
          value: 'ip-address',
          eksctl: 'invalid value "ip-address" for vpc.hostnameType; supported values are [ip-name resource-name]',
        },
        configPath: 'vpc.hostnameType',
      },
    ]);
  });

  it('flags it with subnets given in the config', () => {
    // Existing subnets by id: drawn subnets without ids are created by eksctl and not written.
    const b = new DesignBuilder();
    const vpc = b.vpc({ extra: { hostnameType: 'resource-name' } });
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'private', { existingSubnetId: 'subnet-0001' });
    b.subnet(vpc, 'us-east-1b', '10.0.32.0/19', 'private', { existingSubnetId: 'subnet-0002' });
    b.cluster(vpc, { region: 'us-east-1' });
    expect(runRule(rule, b.build()).map((f) => f.params?.['eksctl'])).toEqual([
      'vpc.hostnameType is not supported with a pre-existing VPC',
    ]);
  });

  it('passes both values for a VPC eksctl lays out, and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ extra: { hostnameType: 'resource-name' } }));
    b.cluster(b.vpc({ extra: { hostnameType: 'ip-name' } }));
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

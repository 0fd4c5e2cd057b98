import { describe, expect, it } from 'vitest';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { existingIdMalformed as rule } from './existing-id-malformed.js';

const config = (vpc: string) => `vpc:\n${vpc}managedNodeGroups:\n  - name: ng\n    privateNetworking: true\n`;

describe(rule.id, () => {
  // Regression (s13/s14 design fixtures): ids such as "subnet-0pu01b2c3d4e5f6071" passed every rule, but EC2
  // DescribeSubnets refuses them as malformed before eksctl creates anything.
  it('flags a VPC or subnet id that is not the prefix and 8 or 17 hexadecimal digits', () => {
    const found = runOnYaml(
      rule,
      config(
        '  id: vpc-0a1b2c3d4e5f6071\n  subnets:\n    private:\n      us-west-2a:\n        id: subnet-0pu01b2c3d4e5f6071\n      us-west-2b:\n        id: subnet-0A1B2C3D\n',
      ),
    );
    expect(found.map((f) => f.params?.id)).toEqual(['vpc-0a1b2c3d4e5f6071', 'subnet-0pu01b2c3d4e5f6071', 'subnet-0A1B2C3D']);
  });

  it('accepts both id lengths EC2 gives, and subnets named by zone without ids', () => {
    expect(
      runOnYaml(
        rule,
        config(
          '  id: vpc-0a1b2c3d\n  subnets:\n    public:\n      a:\n        id: subnet-0123456789abcdef0\n      b:\n        id: subnet-89abcdef\n',
        ),
      ),
    ).toEqual([]);
    expect(runOnYaml(rule, config('  cidr: 10.0.0.0/16\n'))).toEqual([]);
  });
});

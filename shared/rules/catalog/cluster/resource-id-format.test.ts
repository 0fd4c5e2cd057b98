import { describe, expect, it } from 'vitest';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { resourceIdFormat as rule } from './resource-id-format.js';

describe(rule.id, () => {
  // Found by the seventh pass of unseen configs: vpc.id "my-vpc", security groups given by name and an AMI id with
  // letters beyond f got no error; eksctl passes them to EC2, which refuses them as malformed.
  it('flags values that are not ids of the kind the field takes', () => {
    const config = {
      vpc: {
        id: 'my-vpc',
        securityGroup: 'sg-0123456789abcdef0',
        controlPlaneSecurityGroupIDs: ['eks-control-plane'],
        subnets: { private: { 'us-east-1a': { id: 'private-a' }, b: { id: 'subnet-0123456789abcdef0' } } },
      },
      managedNodeGroups: [
        {
          name: 'm',
          securityGroups: { attachIDs: ['sg-0123456789abcdef0', 'my-node-sg'] },
          launchTemplate: { id: 'my-template' },
          capacityReservation: { capacityReservationTarget: { capacityReservationID: 'gpu-block' } },
        },
      ],
      nodeGroups: [{ name: 'n', ami: 'ami-golden', ssh: { sourceSecurityGroupIds: ['bastion'] } }],
    };
    expect(findingsFor(rule, config).map((f) => [f.configPath, f.params?.['error']])).toEqual([
      ['vpc.id', 'InvalidVpcID.Malformed'],
      ['vpc.subnets.private["us-east-1a"].id', 'InvalidSubnetID.Malformed'],
      ['vpc.controlPlaneSecurityGroupIDs[0]', 'InvalidGroupId.Malformed'],
      ['managedNodeGroups[0].securityGroups.attachIDs[1]', 'InvalidGroupId.Malformed'],
      ['managedNodeGroups[0].launchTemplate.id', 'InvalidLaunchTemplateId.Malformed'],
      [
        'managedNodeGroups[0].capacityReservation.capacityReservationTarget.capacityReservationID',
        'InvalidCapacityReservationId.Malformed',
      ],
      ['nodeGroups[0].ssh.sourceSecurityGroupIds[0]', 'InvalidGroupId.Malformed'],
      ['nodeGroups[0].ami', 'InvalidAMIID.Malformed'],
    ]);
  });

  // Regression (fifth pass of drawn designs): ids of the right letters but another length, such as
  // "subnet-0a1b2c3d4e5f60718a" or eksctl's example placeholder "sg-1", are refused by EC2 as malformed too.
  it('flags ids whose hexadecimal digits are neither 8 nor 17', () => {
    const config = {
      vpc: {
        id: 'vpc-0a1b2c3d4e5f6071',
        sharedNodeSecurityGroup: 'sg-1',
        subnets: { private: { a: { id: 'subnet-0a1b2c3d4e5f60718a' }, b: { id: 'subnet-0A1B2C3D' } } },
      },
    };
    expect(findingsFor(rule, config).map((f) => f.configPath)).toEqual([
      'vpc.id',
      'vpc.subnets.private.a.id',
      'vpc.sharedNodeSecurityGroup',
    ]);
  });

  it('passes ids of 17 and 8 digits, AMI resolvers and names, and the baseline', () => {
    const config = {
      vpc: {
        id: 'vpc-1234abcd',
        sharedNodeSecurityGroup: 'sg-0123abcd',
        subnets: { public: { a: { id: 'subnet-0a1b2c3d4e5f60718' } } },
      },
      nodeGroups: [
        { name: 'n', ami: 'auto-ssm' },
        { name: 'o', ami: 'my-golden-ami' },
      ],
    };
    expect(findingsFor(rule, config)).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});

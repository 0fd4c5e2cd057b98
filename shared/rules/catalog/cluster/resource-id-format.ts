import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isObj, objects, type Obj } from '../../facts/config-values.js';
import type { PathSegment } from '../../../util/locate.js';

/** An EC2 resource kind: the prefix of its ids and the error EC2 gives for a malformed one. */
interface Kind {
  prefix: string;
  what: string;
  error: string;
}
const VPC: Kind = { prefix: 'vpc', what: 'VPC', error: 'InvalidVpcID.Malformed' };
const SUBNET: Kind = { prefix: 'subnet', what: 'subnet', error: 'InvalidSubnetID.Malformed' };
const SG: Kind = { prefix: 'sg', what: 'security group', error: 'InvalidGroupId.Malformed' };
const LT: Kind = { prefix: 'lt', what: 'launch template', error: 'InvalidLaunchTemplateId.Malformed' };
const CR: Kind = { prefix: 'cr', what: 'Capacity Reservation', error: 'InvalidCapacityReservationId.Malformed' };
const AMI: Kind = { prefix: 'ami', what: 'AMI', error: 'InvalidAMIID.Malformed' };

/**
 * Whether `value` is shaped like an id of `kind`: its prefix, a dash and 8 or 17 hexadecimal digits (EC2 ids have
 * had 17 since 2016-2018, older ones keep 8: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html).
 * A name, another kind's id, letters beyond f or another length (a placeholder such as sg-1) are refused as
 * malformed by EC2 before eksctl creates anything. Upper-case digits are let through: a miss there costs less than
 * a false error.
 */
const ID_DIGITS = /^(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{17})$/;

function wellFormed(value: string, kind: Kind): boolean {
  if (!value.startsWith(kind.prefix) || value.charCodeAt(kind.prefix.length) !== 45 /* - */) return false;
  return ID_DIGITS.test(value.slice(kind.prefix.length + 1));
}

function one(out: ConfigFinding[], owner: Obj, key: string, kind: Kind, at: readonly PathSegment[]): void {
  const value = owner[key];
  if (typeof value === 'string' && value !== '' && !wellFormed(value, kind))
    out.push({ path: [...at, key], params: { value, what: kind.what, prefix: kind.prefix, error: kind.error } });
}

function list(out: ConfigFinding[], owner: Obj, key: string, kind: Kind, at: readonly PathSegment[]): void {
  const items = owner[key];
  if (!Array.isArray(items)) return;
  for (let i = 0; i < items.length; i++) {
    const value: unknown = items[i];
    if (typeof value === 'string' && value !== '' && !wellFormed(value, kind))
      out.push({ path: [...at, key, i], params: { value, what: kind.what, prefix: kind.prefix, error: kind.error } });
  }
}

/**
 * Ids of existing EC2 resources in the config, which eksctl hands to EC2 (DescribeVpcs, DescribeSubnets, the
 * launch template's security groups, DescribeLaunchTemplateVersions, DescribeImages) or EKS as they are: a value
 * that is not an id of that kind (a Name tag, "my-vpc", an AMI's name) is refused as malformed once eksctl runs.
 * Node groups and Fargate profiles name their `subnets` by alias or id (eksctl.ng-subnet-unknown's); an AMI that is no ami-… at all,
 * eksctl.ng-custom-ami's.
 */
export const resourceIdFormat = defineConfigRule({
  id: 'cluster.resource-id-format',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html',
  text: {
    en: {
      message:
        '{{path}} of cluster {{cluster}} is "{{value}}", which is not the id of an existing {{what}} ({{prefix}}- and 8 or 17 hexadecimal digits); EC2 refuses it ("{{error}}") when eksctl uses it.',
      fix: 'Put the {{what}} id in {{path}} ({{prefix}}-0123456789abcdef0, as the EC2 console or `aws ec2 describe-…` shows it), not its name.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の {{path}} は「{{value}}」ですが、これは既存の {{what}} の ID ({{prefix}}- と 16 進数 8 桁または 17 桁) ではありません。eksctl が使うときに EC2 が拒否します (「{{error}}」)。',
      fix: '{{path}} には名前ではなく {{what}} の ID ({{prefix}}-0123456789abcdef0 のように EC2 コンソールや `aws ec2 describe-…` が示すもの) を指定してください。',
    },
  },
  needs: [
    'vpc.id',
    'vpc.subnets',
    'vpc.controlPlaneSubnetIDs',
    'vpc.securityGroup',
    'vpc.sharedNodeSecurityGroup',
    'vpc.controlPlaneSecurityGroupIDs',
    'managedNodeGroups[].securityGroups',
    'managedNodeGroups[].ssh',
    'managedNodeGroups[].launchTemplate',
    'managedNodeGroups[].capacityReservation',
    'managedNodeGroups[].ami',
    'nodeGroups[].securityGroups',
    'nodeGroups[].ssh',
    'nodeGroups[].capacityReservation',
    'nodeGroups[].ami',
  ],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    const vpc: unknown = config.vpc;
    if (isObj(vpc)) {
      one(out, vpc, 'id', VPC, ['vpc']);
      const subnets = isObj(vpc['subnets']) ? vpc['subnets'] : {};
      for (const access of ['public', 'private']) {
        const section = subnets[access];
        if (!isObj(section)) continue;
        for (const key in section) {
          const spec = section[key];
          if (Object.hasOwn(section, key) && isObj(spec)) one(out, spec, 'id', SUBNET, ['vpc', 'subnets', access, key]);
        }
      }
      list(out, vpc, 'controlPlaneSubnetIDs', SUBNET, ['vpc']);
      one(out, vpc, 'securityGroup', SG, ['vpc']);
      one(out, vpc, 'sharedNodeSecurityGroup', SG, ['vpc']);
      list(out, vpc, 'controlPlaneSecurityGroupIDs', SG, ['vpc']);
    }
    for (const key of ['managedNodeGroups', 'nodeGroups'] as const) {
      for (const [ng, i] of objects(config[key])) {
        const at = [key, i];
        if (isObj(ng['securityGroups'])) list(out, ng['securityGroups'], 'attachIDs', SG, [...at, 'securityGroups']);
        if (isObj(ng['ssh'])) list(out, ng['ssh'], 'sourceSecurityGroupIds', SG, [...at, 'ssh']);
        if (isObj(ng['launchTemplate'])) one(out, ng['launchTemplate'], 'id', LT, [...at, 'launchTemplate']);
        const reservation = ng['capacityReservation'];
        if (isObj(reservation) && isObj(reservation['capacityReservationTarget']))
          one(out, reservation['capacityReservationTarget'], 'capacityReservationID', CR, [
            ...at,
            'capacityReservation',
            'capacityReservationTarget',
          ]);
        const ami = ng['ami'];
        if (typeof ami === 'string' && ami.startsWith('ami-')) one(out, ng, 'ami', AMI, at);
      }
    }
    return out;
  },
});

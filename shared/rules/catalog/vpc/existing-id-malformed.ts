import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isObj } from '../../facts/config-values.js';

/** EC2 resource ids: the type's prefix and 8 or 17 lower-case hex digits (17 since 2016-2018). */
const VPC_ID = /^vpc-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
const SUBNET_ID = /^subnet-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
const ACCESSES = ['public', 'private'] as const;

/**
 * An existing VPC or subnet named by an id EC2 cannot have: eksctl passes vpc.id and the ids of vpc.subnets to
 * EC2 DescribeVpcs / DescribeSubnets as they are (pkg/vpc/vpc.go: ImportSubnetsFromSpec, importVPC), which refuse
 * them ("InvalidVpcID.Malformed", "InvalidSubnetID.Malformed") before anything is created. eksctl checks no format.
 */
export const existingIdMalformed = defineConfigRule({
  id: 'vpc.existing-id-malformed',
  severity: 'error',
  area: 'vpc',
  source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} names an existing {{what}} by "{{id}}", which is not an EC2 id ({{prefix}}- and 8 or 17 hexadecimal digits): EC2 refuses it ("{{error}}") and eksctl creates nothing.',
      fix: 'Copy the id of the {{what}} from the VPC console or `aws ec2 describe-{{what}}s` ({{prefix}}-0123456789abcdef0).',
    },
    ja: {
      message:
        'クラスター {{cluster}} は既存の {{what}} を「{{id}}」で指定していますが、EC2 の ID（{{prefix}}- と 16 進数 8 桁または 17 桁）ではありません。EC2 が拒否し（「{{error}}」）、eksctl は何も作成しません。',
      fix: 'VPC コンソールまたは `aws ec2 describe-{{what}}s` で {{what}} の ID（{{prefix}}-0123456789abcdef0）をコピーしてください。',
    },
  },
  needs: ['vpc.id', 'vpc.subnets'],
  checkConfig({ config }) {
    const vpc: unknown = config.vpc;
    if (!isObj(vpc)) return [];
    const out: ConfigFinding[] = [];
    const id = vpc['id'];
    if (typeof id === 'string' && id !== '' && !VPC_ID.test(id))
      out.push({
        path: ['vpc', 'id'],
        params: { id, what: 'vpc', prefix: 'vpc', error: 'InvalidVpcID.Malformed' },
      });
    const subnets = vpc['subnets'];
    if (!isObj(subnets)) return out;
    for (let a = 0; a < ACCESSES.length; a++) {
      const section = subnets[ACCESSES[a]!];
      if (!isObj(section)) continue;
      for (const key in section) {
        if (!Object.hasOwn(section, key)) continue;
        const spec = section[key];
        const subnetId = isObj(spec) ? spec['id'] : undefined;
        if (typeof subnetId !== 'string' || subnetId === '' || SUBNET_ID.test(subnetId)) continue;
        out.push({
          path: ['vpc', 'subnets', ACCESSES[a]!, key, 'id'],
          params: {
            id: subnetId,
            what: 'subnet',
            prefix: 'subnet',
            error: 'InvalidSubnetID.Malformed',
          },
        });
      }
    }
    return out;
  },
});

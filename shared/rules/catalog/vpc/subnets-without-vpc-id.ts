import { defineConfigRule } from '../../config-rule.js';
import { nonEmpty, subnetEntries } from '../../facts/config-network.js';
import type { EksctlClusterConfig } from '../../config-view.js';

type Lookup = { access: 'private' | 'public'; key: string; by: 'CIDR' | 'AZ' };

/**
 * The first `vpc.subnets` entry eksctl must look up by CIDR or AZ while it knows no VPC id. eksctl reads any
 * `vpc.subnets` as existing subnets (createOrImportVPC -> HasAnySubnets -> ImportSubnetsFromSpec), private
 * ones first: an entry with an id is found by id, one with a CIDR by CIDR and one with only an AZ by AZ, and
 * those two need the VPC id (pkg/vpc/vpc.go describeSubnets). A private subnet found by id gives eksctl the
 * VPC id for the public ones.
 */
function lookupWithoutVpcId(config: EksctlClusterConfig): Lookup | undefined {
  let vpcKnown = nonEmpty(config.vpc?.id) !== undefined;
  for (const access of ['private', 'public'] as const) {
    const list = subnetEntries(config, access).map(([key, value]) => {
      const spec = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
      return { key, id: nonEmpty(spec['id']), cidr: nonEmpty(spec['cidr']) };
    });
    const unnamed = list.find((s) => s.id === undefined);
    if (!vpcKnown && unnamed) return { access, key: unnamed.key, by: unnamed.cidr !== undefined ? 'CIDR' : 'AZ' };
    if (list.some((s) => s.id !== undefined)) vpcKnown = true;
  }
  return undefined;
}

/**
 * A config that lists subnets without ids and no `vpc.id`: eksctl does not create subnets it is given (custom
 * subnet CIDRs in a VPC eksctl creates are not supported, eksctl feature request #1807) and cannot find them.
 */
export const subnetsWithoutVpcId = defineConfigRule({
  id: 'eksctl.subnets-without-vpc-id',
  severity: 'error',
  area: 'vpc',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/vpc/vpc.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} lists the {{access}} subnet {{key}} without an id and has no vpc.id; eksctl reads vpc.subnets as existing subnets and refuses it ("can\'t describe subnet by {{by}} without VPC ID"). eksctl does not create subnets it is given.',
      fix: 'For an existing VPC, set vpc.id and the id of each subnet under vpc.subnets. For a VPC eksctl creates, remove vpc.subnets and list the zones under availabilityZones: eksctl splits vpc.cidr into the subnets itself.',
    },
    ja: {
      message:
        "クラスター {{cluster}} は {{access}} サブネット {{key}} を ID なしで指定しており、vpc.id もありません。eksctl は vpc.subnets を既存のサブネットとして読むため、これを拒否します（「can't describe subnet by {{by}} without VPC ID」）。eksctl は指定されたサブネットを作成しません。",
      fix: '既存の VPC の場合は vpc.id と vpc.subnets の各サブネットの ID を設定してください。eksctl が作成する VPC の場合は vpc.subnets を削除し、ゾーンを availabilityZones に指定してください。サブネットは eksctl が vpc.cidr を分割して作成します。',
    },
  },
  needs: ['vpc.subnets'],
  checkConfig({ config }) {
    const found = lookupWithoutVpcId(config);
    if (!found) return [];
    return [
      { path: ['vpc', 'subnets', found.access, found.key], params: { access: found.access, key: found.key, by: found.by } },
    ];
  },
});

import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { arr, configNodeGroups, isObj, obj } from './config-node-groups.js';

/** What a subnet id looks like (EC2: subnet- and 8 or 17 hex digits). */
const SUBNET_ID = /^subnet-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;

/**
 * eksctl-rules.md #53: a node group's `subnets` entry is looked up first among vpc.subnets (by its key, an AZ
 * name or an alias, or by its id), and otherwise sent to EC2 DescribeSubnets as a subnet id
 * (pkg/vpc/vpc.go: selectNodeGroupSubnetsFromIDs, findInConfiguredVPC). An entry that is neither a configured
 * subnet nor shaped like a subnet id (a misspelt alias, an alias that was never defined) can only fail.
 * Whether a well-formed id exists in the VPC needs AWS and is not checked.
 */
export const ngSubnetUnknown = defineConfigRule({
  id: 'eksctl.ng-subnet-unknown',
  severity: 'error',
  area: 'node-groups',
  eksctl: [53],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/vpc/vpc.go',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} lists subnet "{{subnet}}" at {{path}}, but cluster {{cluster}} defines no subnet of that name or id in vpc.subnets ({{known}}) and it is not a subnet id: eksctl then asks EC2 for a subnet with that id, which fails ("InvalidSubnetID.Malformed").',
      fix: 'Name one of the subnets of vpc.subnets ({{known}}) at {{path}}, add a subnet called "{{subnet}}" to vpc.subnets, or give the subnet\'s id (subnet-…).',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は {{path}} でサブネット「{{subnet}}」を指定していますが、クラスター {{cluster}} の vpc.subnets（{{known}}）にはその名前や ID のサブネットがなく、サブネット ID でもありません。eksctl はその ID のサブネットを EC2 に問い合わせ、失敗します（「InvalidSubnetID.Malformed」）。',
      fix: '{{path}} には vpc.subnets のサブネット（{{known}}）を指定するか、vpc.subnets に「{{subnet}}」という名前のサブネットを追加するか、サブネットの ID（subnet-…）を指定してください。',
    },
  },
  needs: ['managedNodeGroups', 'nodeGroups'],
  checkConfig({ config }) {
    const known = new Set<string>();
    const subnets = obj(config.vpc?.subnets);
    for (const access of ['public', 'private'] as const)
      for (const [key, spec] of Object.entries(obj(subnets[access]))) {
        known.add(key);
        if (isObj(spec) && typeof spec['id'] === 'string') known.add(spec['id']);
      }
    // Ids are not names a user picks; an alias that merely starts with "subnet-" is.
    const names = [...known].filter((k) => !SUBNET_ID.test(k));
    return configNodeGroups(config).flatMap((g): ConfigFinding[] =>
      arr(g.ng['subnets']).flatMap((subnet, i): ConfigFinding[] => {
        if (typeof subnet !== 'string' || known.has(subnet) || SUBNET_ID.test(subnet)) return [];
        return [
          {
            path: g.at('subnets', i),
            params: { nodeGroup: g.name, subnet, known: names.length > 0 ? names.join(', ') : '—' },
          },
        ];
      }),
    );
  },
});

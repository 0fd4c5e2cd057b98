import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import type { EksctlClusterConfig } from '../../config-view.js';
import { arr, configNodeGroups, isObj, obj } from './config-node-groups.js';

/** What a subnet id looks like (EC2: subnet- and 8 or 17 hex digits). */
const SUBNET_ID = /^subnet-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;

/** The keys and ids of vpc.subnets, where eksctl looks a node group's subnet up first. */
function configuredSubnets(config: EksctlClusterConfig): Set<string> {
  const known = new Set<string>();
  const subnets = obj(config.vpc?.subnets);
  for (let a = 0; a < ACCESSES.length; a++) {
    const section = obj(subnets[ACCESSES[a]!]);
    for (const key in section) {
      if (!Object.hasOwn(section, key)) continue;
      known.add(key);
      const spec = section[key];
      if (isObj(spec) && typeof spec['id'] === 'string') known.add(spec['id']);
    }
  }
  return known;
}

const ACCESSES = ['public', 'private'] as const;

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
  needs: ['managedNodeGroups[].subnets', 'nodeGroups[].subnets'],
  checkConfig({ config }) {
    // Indexed loops, and the configured subnets gathered only for a group that names one: every cluster, every
    // validation, and most groups name none.
    const groups = configNodeGroups(config);
    let known: Set<string> | undefined;
    const out: ConfigFinding[] = [];
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k]!;
      const list = arr(g.ng['subnets']);
      for (let i = 0; i < list.length; i++) {
        const subnet: unknown = list[i];
        if (typeof subnet !== 'string') continue;
        known ??= configuredSubnets(config);
        if (known.has(subnet) || SUBNET_ID.test(subnet)) continue;
        // Ids are not names a user picks; an alias that merely starts with "subnet-" is.
        const names = [...known].filter((n) => !SUBNET_ID.test(n));
        out.push({
          path: g.at('subnets', i),
          params: { nodeGroup: g.name, subnet, known: names.length > 0 ? names.join(', ') : '—' },
        });
      }
    }
    return out;
  },
});

import { defineConfigRule } from '../../config-rule.js';
import { goList, hasAnySubnets } from '../../facts/config-network.js';

/** EC2's HostnameType values, which eksctl accepts for vpc.hostnameType. */
const HOSTNAME_TYPES = ['ip-name', 'resource-name'];

/** eksctl-rules.md #24: vpc.hostnameType only for subnets eksctl creates, and only EC2's values. */
export const hostnameType = defineConfigRule({
  id: 'eksctl.hostname-type',
  severity: 'error',
  area: 'vpc',
  eksctl: [24],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message: 'Cluster {{cluster}} sets vpc.hostnameType "{{value}}", which eksctl refuses here ("{{eksctl}}").',
      fix: 'Remove vpc.hostnameType from {{cluster}} (it only applies to subnets eksctl creates), or set it to ip-name or resource-name.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の vpc.hostnameType「{{value}}」は、この構成では eksctl に拒否されます（「{{eksctl}}」）。',
      fix: '{{cluster}} から vpc.hostnameType を削除する（eksctl が作成するサブネットにのみ適用されます）か、ip-name または resource-name にしてください。',
    },
  },
  needs: ['vpc.hostnameType'],
  checkConfig({ config }) {
    const value: unknown = config.vpc?.hostnameType;
    if (typeof value !== 'string' || value === '') return [];
    const path = ['vpc', 'hostnameType'];
    if (hasAnySubnets(config))
      return [{ path, params: { value, eksctl: 'vpc.hostnameType is not supported with a pre-existing VPC' } }];
    if (HOSTNAME_TYPES.includes(value)) return [];
    return [
      {
        path,
        params: {
          value,
          eksctl: `invalid value "${value}" for vpc.hostnameType; supported values are ${goList(HOSTNAME_TYPES)}`,
        },
      },
    ];
  },
});

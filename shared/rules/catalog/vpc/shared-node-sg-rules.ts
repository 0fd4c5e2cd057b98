import { defineConfigRule } from '../../config-rule.js';
import { nonEmpty } from '../../facts/config-network.js';

/** eksctl-rules.md #23: eksctl manages the rules of the shared node security group it creates itself. */
export const sharedNodeSgRules = defineConfigRule({
  id: 'eksctl.shared-node-sg-rules',
  severity: 'error',
  area: 'vpc',
  eksctl: [23],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} sets vpc.manageSharedNodeSecurityGroupRules: false without its own vpc.sharedNodeSecurityGroup; eksctl refuses it ("vpc.manageSharedNodeSecurityGroupRules must be enabled when using eksctl-managed security groups").',
      fix: 'Remove vpc.manageSharedNodeSecurityGroupRules from {{cluster}}, or name your own shared node security group in vpc.sharedNodeSecurityGroup.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は vpc.sharedNodeSecurityGroup を指定せずに vpc.manageSharedNodeSecurityGroupRules: false を設定しています。eksctl はこれを拒否します（「vpc.manageSharedNodeSecurityGroupRules must be enabled when using eksctl-managed security groups」）。',
      fix: '{{cluster}} から vpc.manageSharedNodeSecurityGroupRules を削除するか、vpc.sharedNodeSecurityGroup に自分の共有ノードセキュリティグループを指定してください。',
    },
  },
  needs: ['vpc.manageSharedNodeSecurityGroupRules'],
  checkConfig({ config }) {
    if (config.vpc?.manageSharedNodeSecurityGroupRules !== false || nonEmpty(config.vpc.sharedNodeSecurityGroup)) return [];
    return [{ path: ['vpc', 'manageSharedNodeSecurityGroupRules'] }];
  },
});

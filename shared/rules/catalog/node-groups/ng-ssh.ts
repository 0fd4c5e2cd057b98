import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { configNodeGroups, EKSCTL_VALIDATION_SOURCE, nonEmpty, obj } from './config-node-groups.js';

/** eksctl-rules.md #50: one SSH key source per self-managed node group, and SSM cannot be turned off on any. */
export const ngSsh = defineConfigRule({
  id: 'eksctl.ng-ssh',
  severity: 'error',
  area: 'node-groups',
  eksctl: [50],
  source: EKSCTL_VALIDATION_SOURCE,
  text: {
    en: {
      message: 'Node group {{nodeGroup}} has SSH settings eksctl refuses at {{path}} ("{{eksctlMessage}}").',
      fix: 'Give {{nodeGroup}} one of ssh.publicKeyName, ssh.publicKeyPath or ssh.publicKey, and remove ssh.enableSsm: false (SSM is built into EKS AMIs).',
    },
    ja: {
      message: 'ノードグループ {{nodeGroup}} の SSH 設定は {{path}} で eksctl に拒否されます (「{{eksctlMessage}}」)。',
      fix: '{{nodeGroup}} には ssh.publicKeyName、ssh.publicKeyPath、ssh.publicKey のいずれか一つだけを指定し、ssh.enableSsm: false を削除してください (SSM は EKS AMI に組み込まれています)。',
    },
  },
  needs: ['managedNodeGroups[].ssh', 'nodeGroups[].ssh'],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      const ssh = obj(g.ng['ssh']);
      if (ssh['enableSsm'] === false)
        return [
          {
            path: g.at('ssh', 'enableSsm'),
            params: { nodeGroup: g.name, eksctlMessage: 'SSM agent is now built into EKS AMIs and cannot be disabled' },
          },
        ];
      const keys = ['publicKeyName', 'publicKeyPath', 'publicKey'].filter((k) => nonEmpty(ssh[k]));
      // validateNodeGroupSSH runs for self-managed groups only.
      if (!g.managed && keys.length > 1)
        return [
          {
            path: g.at('ssh', keys[1]!),
            params: {
              nodeGroup: g.name,
              eksctlMessage: 'only one of publicKeyName, publicKeyPath or publicKey can be specified for SSH per node-group',
            },
          },
        ];
      return [];
    });
  },
});

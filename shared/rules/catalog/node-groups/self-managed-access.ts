import { defineConfigRule } from '../../config-rule.js';
import { arr } from './config-node-groups.js';

/**
 * eksctl-rules.md #61 (pkg/accessentry/service.go:ValidateAPIServerAccess): without the cluster creator's admin
 * access, eksctl cannot map self-managed nodes' role (aws-auth under CONFIG_MAP) nor reach the API server, unless
 * access entries are configured.
 */
export const selfManagedAccess = defineConfigRule({
  id: 'eksctl.self-managed-access',
  severity: 'error',
  area: 'node-groups',
  eksctl: [61],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/accessentry/service.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} has self-managed node groups but accessConfig.bootstrapClusterCreatorAdminPermissions is false; eksctl refuses it ("{{eksctlMessage}}").',
      fix: 'Remove bootstrapClusterCreatorAdminPermissions: false, or use authenticationMode API or API_AND_CONFIG_MAP with access entries for {{cluster}}, or use managed node groups.',
    },
    ja: {
      message:
        'クラスター {{cluster}} にはセルフマネージド型ノードグループがありますが、accessConfig.bootstrapClusterCreatorAdminPermissions が false です。eksctl はこれを拒否します (「{{eksctlMessage}}」)。',
      fix: 'bootstrapClusterCreatorAdminPermissions: false を削除するか、{{cluster}} で authenticationMode を API または API_AND_CONFIG_MAP にしてアクセスエントリを設定するか、マネージド型ノードグループを使ってください。',
    },
  },
  needs: ['nodeGroups'],
  checkConfig({ config }) {
    const access = config.accessConfig;
    if (access?.bootstrapClusterCreatorAdminPermissions !== false || arr(config.nodeGroups).length === 0) return [];
    const path = ['accessConfig', 'bootstrapClusterCreatorAdminPermissions'];
    if (access.authenticationMode === 'CONFIG_MAP')
      return [
        {
          path,
          params: {
            eksctlMessage:
              'cannot create self-managed nodegroups when authenticationMode is CONFIG_MAP and bootstrapClusterCreatorAdminPermissions is false',
          },
        },
      ];
    if (arr(access.accessEntries).length === 0)
      return [
        {
          path,
          params: {
            eksctlMessage:
              'cannot create self-managed nodegroups when bootstrapClusterCreatorAdminPermissions is false and no access entries are configured',
          },
        },
      ];
    return [];
  },
});

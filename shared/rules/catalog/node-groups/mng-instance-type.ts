import { defineConfigRule } from '../../config-rule.js';
import { arr, configNodeGroups, EKSCTL_VALIDATION_SOURCE, hasInstanceSelector, nonEmpty } from './config-node-groups.js';

/** eksctl-rules.md #40: a managed node group names its instance types one way only (ValidateManagedNodeGroup). */
export const mngInstanceType = defineConfigRule({
  id: 'eksctl.mng-instance-type',
  severity: 'error',
  area: 'node-groups',
  eksctl: [40],
  source: EKSCTL_VALIDATION_SOURCE,
  text: {
    en: {
      message:
        'Managed node group {{nodeGroup}} sets instanceType together with {{other}}; eksctl refuses it ("{{eksctlMessage}}").',
      fix: 'Keep one way of choosing instance types for {{nodeGroup}}: instanceType, instanceTypes or instanceSelector.',
    },
    ja: {
      message:
        'マネージド型ノードグループ {{nodeGroup}} は instanceType と {{other}} を同時に設定しています。eksctl はこれを拒否します (「{{eksctlMessage}}」)。',
      fix: '{{nodeGroup}} のインスタンスタイプの指定方法を instanceType、instanceTypes、instanceSelector のいずれか一つにしてください。',
    },
  },
  needs: ['managedNodeGroups'],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g) => {
      if (!g.managed || !nonEmpty(g.ng['instanceType'])) return [];
      if (arr(g.ng['instanceTypes']).length > 0)
        return [
          {
            path: g.at('instanceTypes'),
            params: {
              nodeGroup: g.name,
              other: 'instanceTypes',
              eksctlMessage: `only one of instanceType or instanceTypes can be specified (${g.label})`,
            },
          },
        ];
      if (hasInstanceSelector(g.ng))
        return [
          {
            path: g.at('instanceSelector'),
            params: {
              nodeGroup: g.name,
              other: 'instanceSelector',
              eksctlMessage: `cannot set instanceType when instanceSelector is specified (${g.label})`,
            },
          },
        ];
      return [];
    });
  },
});

import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { configNodeGroups, controlPlaneOutpost, EKSCTL_VALIDATION_SOURCE, nonEmpty, obj } from './config-node-groups.js';

/** eksctl-rules.md #41: fields of self-managed groups that a managed node group cannot take (ValidateManagedNodeGroup). */
export const mngUnsupportedFields = defineConfigRule({
  id: 'eksctl.mng-unsupported-fields',
  severity: 'error',
  area: 'node-groups',
  eksctl: [41],
  source: EKSCTL_VALIDATION_SOURCE,
  text: {
    en: {
      message:
        'Managed node group {{nodeGroup}} sets {{path}}, which managed node groups do not support; eksctl refuses it ("{{eksctlMessage}}").',
      fix: 'Remove {{path}}, or make {{nodeGroup}} a self-managed node group (nodeGroups) if it needs it.',
    },
    ja: {
      message:
        'マネージド型ノードグループ {{nodeGroup}} は、マネージド型ではサポートされない {{path}} を設定しています。eksctl はこれを拒否します (「{{eksctlMessage}}」)。',
      fix: '{{path}} を削除するか、必要ならば {{nodeGroup}} をセルフマネージド型ノードグループ (nodeGroups) にしてください。',
    },
  },
  needs: ['managedNodeGroups[].iam', 'managedNodeGroups[].outpostARN', 'managedNodeGroups[].securityGroups'],
  checkConfig({ config }) {
    // On a cluster whose control plane is on Outposts eksctl refuses every managed group before it looks at their
    // fields ("Managed Nodegroups are not supported on Outposts"): eksctl.outpost's finding, once per cluster.
    if (controlPlaneOutpost(config) !== undefined) return [];
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      if (!g.managed) return [];
      if (nonEmpty(obj(g.ng['iam'])['instanceProfileARN']))
        return g.finding(
          ['iam', 'instanceProfileARN'],
          `instanceProfileARN is not supported for Managed Nodes (${g.label}.instanceProfileARN)`,
        );
      if (nonEmpty(g.ng['outpostARN'])) return g.finding(['outpostARN'], 'Outposts is not supported for managed nodegroups');
      const sgs = obj(g.ng['securityGroups']);
      for (const key of ['withLocal', 'withShared'])
        if (sgs[key] === true)
          return g.finding(
            ['securityGroups', key],
            `securityGroups.withLocal and securityGroups.withShared are not supported for managed nodegroups (${g.label}.securityGroups)`,
          );
      return [];
    });
  },
});

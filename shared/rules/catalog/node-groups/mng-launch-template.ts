import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { arr, configNodeGroups, EKSCTL_VALIDATION_SOURCE, isObj, nonEmpty, num, obj } from './config-node-groups.js';

/** What the launch template owns: eksctl refuses these beside it (ValidateManagedNodeGroup). */
const INCOMPATIBLE =
  'instanceType, ami, ssh.allow, ssh.enableSSM, ssh.sourceSecurityGroupIds, securityGroups, volumeSize, instanceName, instancePrefix, maxPodsPerNode, disableIMDSv1, disablePodIMDS, preBootstrapCommands, overrideBootstrapCommand, placement';

/** eksctl-rules.md #42: a managed node group's launch template. */
export const mngLaunchTemplate = defineConfigRule({
  id: 'eksctl.mng-launch-template',
  severity: 'error',
  area: 'node-groups',
  eksctl: [42],
  source: EKSCTL_VALIDATION_SOURCE,
  text: {
    en: {
      message:
        'Managed node group {{nodeGroup}} uses a launch template in a way eksctl refuses at {{path}} ("{{eksctlMessage}}").',
      fix: 'Give launchTemplate an id and a version of 1 or more, and move the instance settings of {{nodeGroup}} into the launch template itself.',
    },
    ja: {
      message:
        'マネージド型ノードグループ {{nodeGroup}} の起動テンプレートの使い方は {{path}} で eksctl に拒否されます (「{{eksctlMessage}}」)。',
      fix: 'launchTemplate に id と 1 以上の version を指定し、{{nodeGroup}} のインスタンス設定は起動テンプレート側に移してください。',
    },
  },
  needs: ['managedNodeGroups[].launchTemplate'],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      const template = g.ng['launchTemplate'];
      if (!g.managed || !isObj(template)) return [];
      if (!nonEmpty(template['id']))
        return g.finding(
          ['launchTemplate'],
          `launchTemplate.id is required if launchTemplate is set (${g.label}.launchTemplate)`,
        );
      const version = template['version'];
      if (version !== undefined && version !== null) {
        const text = String(version);
        if (!/^[+-]?\d+$/.test(text))
          return g.finding(
            ['launchTemplate', 'version'],
            `invalid launch template version: strconv.ParseInt: parsing "${text}": invalid syntax`,
          );
        if (Number(text) < 1)
          return g.finding(
            ['launchTemplate', 'version'],
            `launchTemplate.version must be >= 1 (${g.label}.launchTemplate.version)`,
          );
      }
      const ssh = obj(g.ng['ssh']);
      const sshKey = ['publicKey', 'publicKeyPath', 'publicKeyName'].some((k) => nonEmpty(ssh[k]));
      const conflicts: (string | false)[] = [
        nonEmpty(g.ng['instanceType']) && 'instanceType',
        nonEmpty(g.ng['ami']) && 'ami',
        // eksctl turns ssh.allow on when a key is given.
        (ssh['allow'] === true || (ssh['allow'] === undefined && sshKey)) && 'ssh',
        ssh['enableSsm'] === true && 'ssh',
        arr(ssh['sourceSecurityGroupIds']).length > 0 && 'ssh',
        g.ng['volumeSize'] !== undefined && 'volumeSize',
        arr(g.ng['preBootstrapCommands']).length > 0 && 'preBootstrapCommands',
        g.ng['overrideBootstrapCommand'] !== undefined && 'overrideBootstrapCommand',
        arr(obj(g.ng['securityGroups'])['attachIDs']).length > 0 && 'securityGroups',
        nonEmpty(g.ng['instanceName']) && 'instanceName',
        nonEmpty(g.ng['instancePrefix']) && 'instancePrefix',
        (num(g.ng['maxPodsPerNode']) ?? 0) !== 0 && 'maxPodsPerNode',
        g.ng['disableIMDSv1'] === false && 'disableIMDSv1',
        g.ng['disablePodIMDS'] === true && 'disablePodIMDS',
        g.ng['placement'] !== undefined && 'placement',
      ];
      const field = conflicts.find((c): c is string => c !== false);
      return field === undefined
        ? []
        : g.finding([field], `cannot set ${INCOMPATIBLE} in managedNodeGroup when a launch template is supplied`);
    });
  },
});

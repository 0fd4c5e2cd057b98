import { defineConfigRule } from '../../config-rule.js';
import { configNodeGroups, EKSCTL_VALIDATION_SOURCE, isObj, num } from './config-node-groups.js';

/**
 * eksctl-rules.md #39: a managed node group's updateConfig (ValidateManagedNodeGroup); and the EKS API's ranges
 * eksctl passes on unchecked (NodegroupUpdateConfig: maxUnavailable 1-100, maxUnavailablePercentage 1-100), which
 * fail the node group's stack after the cluster is made.
 */
export const mngUpdateConfig = defineConfigRule({
  id: 'eksctl.mng-update-config',
  severity: 'error',
  area: 'node-groups',
  eksctl: [39],
  source: EKSCTL_VALIDATION_SOURCE,
  text: {
    en: {
      message:
        'Managed node group {{nodeGroup}} has an update configuration eksctl or EKS refuses ("{{eksctlMessage}}"): updateConfig takes exactly one of maxUnavailable (1-100, at most maxSize) and maxUnavailablePercentage (1-100).',
      fix: 'Set either maxUnavailable (1-100, at most maxSize) or maxUnavailablePercentage (1-100) in {{path}}, not both.',
    },
    ja: {
      message:
        'マネージド型ノードグループ {{nodeGroup}} の更新設定は eksctl または EKS に拒否されます (「{{eksctlMessage}}」)。updateConfig には maxUnavailable (1〜100、maxSize 以下) と maxUnavailablePercentage (1〜100) のどちらか一方だけを指定する必要があります。',
      fix: '{{path}} に maxUnavailable (1〜100、maxSize 以下) か maxUnavailablePercentage (1〜100) のどちらか一方を設定してください。',
    },
  },
  needs: ['managedNodeGroups[].updateConfig'],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g) => {
      const update = g.ng['updateConfig'];
      if (!g.managed || !isObj(update)) return [];
      const count = num(update['maxUnavailable']);
      const percent = num(update['maxUnavailablePercentage']);
      const at = (eksctlMessage: string, ...rest: string[]) => [
        { path: g.at('updateConfig', ...rest), params: { nodeGroup: g.name, eksctlMessage } },
      ];
      if (count === undefined && percent === undefined)
        return at('invalid UpdateConfig: maxUnavailable or maxUnavailablePercentage must be defined');
      if (count !== undefined && percent !== undefined)
        return at(`cannot use maxUnavailable=${count} and maxUnavailablePercentage=${percent} at the same time`);
      const max = effectiveMaxSize(g.ng);
      if (count !== undefined && max !== undefined && count > max)
        return at(`maxUnavailable=${count} cannot be greater than maxSize=${max}`, 'maxUnavailable');
      // eksctl checks only maxUnavailable against maxSize; the EKS API then refuses values outside 1-100.
      if (count !== undefined && (count < 1 || count > 100))
        return at(`EKS: updateConfig.maxUnavailable must be between 1 and 100, got ${count}`, 'maxUnavailable');
      if (percent !== undefined && (percent < 1 || percent > 100))
        return at(
          `EKS: updateConfig.maxUnavailablePercentage must be between 1 and 100, got ${percent}`,
          'maxUnavailablePercentage',
        );
      return [];
    });
  },
});

/** maxSize after eksctl's defaults for a managed group: maxSize ?? desiredCapacity ?? minSize ?? 2, and 0 becomes 1. */
function effectiveMaxSize(ng: Record<string, unknown>): number | undefined {
  const max = num(ng['maxSize']);
  if (max !== undefined) return max;
  const fallback = num(ng['desiredCapacity']) ?? num(ng['minSize']) ?? 2;
  return fallback === 0 ? 1 : fallback;
}

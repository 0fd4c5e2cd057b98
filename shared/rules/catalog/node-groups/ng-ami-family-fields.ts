import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import {
  amiFamilyOf,
  configNodeGroups,
  EKSCTL_VALIDATION_SOURCE,
  isBottlerocket,
  isObj,
  isWindows,
  nonEmpty,
  obj,
} from './config-node-groups.js';

/** kubelet settings eksctl itself relies on (validateNodeGroupKubeletExtraConfig). */
const KUBELET_FORBIDDEN = [
  'kind',
  'apiVersion',
  'address',
  'clusterDomain',
  'authentication',
  'authorization',
  'serverTLSBootstrap',
];
/** Bottlerocket settings that have node group fields of their own (checkBottlerocketSettings). */
const BOTTLEROCKET_OVERLAP: Record<string, string> = {
  'node-labels': 'labels',
  'node-taints': 'taints',
  'max-pods': 'maxPodsPerNode',
};

/**
 * eksctl-rules.md #43 (managed) and #57 (self-managed): Bottlerocket and Windows nodes bootstrap themselves, so
 * eksctl refuses bootstrap commands and kubelet settings there; the `bottlerocket` block needs a Bottlerocket
 * family and may not repeat node group fields; kubeletExtraConfig may not override what eksctl needs.
 */
export const ngAmiFamilyFields = defineConfigRule({
  id: 'eksctl.ng-ami-family-fields',
  severity: 'error',
  area: 'node-groups',
  eksctl: [43, 57],
  source: EKSCTL_VALIDATION_SOURCE,
  text: {
    en: {
      message: 'Node group {{nodeGroup}} sets {{path}}, which eksctl refuses for its AMI family ("{{eksctlMessage}}").',
      fix: "Remove {{path}}: Bottlerocket is configured through bottlerocket.settings, Windows through its own bootstrap script, and kubeletExtraConfig may not override eksctl's own kubelet settings.",
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は {{path}} を設定していますが、その AMI ファミリーでは eksctl に拒否されます (「{{eksctlMessage}}」)。',
      fix: '{{path}} を削除してください。Bottlerocket は bottlerocket.settings で、Windows は独自のブートストラップスクリプトで設定し、kubeletExtraConfig では eksctl 自身の kubelet 設定を上書きできません。',
    },
  },
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      const family = amiFamilyOf(g.ng);
      const finding = (path: (string | number)[], eksctlMessage: string): ConfigFinding[] => [
        { path: g.at(...path), params: { nodeGroup: g.name, eksctlMessage } },
      ];
      const set = (field: string) => g.ng[field] !== undefined && g.ng[field] !== null;
      // eksctl's unsupportedFieldError; a managed group's family defaults to AmazonLinux2023 first.
      const unsupported = (field: string) =>
        finding([field], `${field} is not supported for ${family} nodegroups (path=${g.label}.${field})`);
      if (g.managed) {
        if (isBottlerocket(family)) {
          if (set('preBootstrapCommands')) return unsupported('preBootstrapCommands');
          if (set('overrideBootstrapCommand')) return unsupported('overrideBootstrapCommand');
        }
        if (isWindows(family) && set('overrideBootstrapCommand')) return unsupported('overrideBootstrapCommand');
        return [];
      }
      if (set('bottlerocket') && !isBottlerocket(family))
        return finding(
          ['bottlerocket'],
          `bottlerocket config can only be used with amiFamily "Bottlerocket" or "BottlerocketFips" but found "${family}" (path=${g.label}.bottlerocket)`,
        );
      if (isWindows(family)) return set('kubeletExtraConfig') ? unsupported('kubeletExtraConfig') : [];
      if (isBottlerocket(family)) {
        for (const field of ['kubeletExtraConfig', 'preBootstrapCommands', 'overrideBootstrapCommand'])
          if (set(field)) return unsupported(field);
        const settings = obj(g.ng['bottlerocket'])['settings'];
        if (!isObj(settings) || settings['kubernetes'] === undefined) return [];
        const kube = settings['kubernetes'];
        if (!isObj(kube))
          return finding(
            ['bottlerocket', 'settings', 'kubernetes'],
            'invalid kubernetes settings provided: expected a map of settings',
          );
        for (const [key, field] of Object.entries(BOTTLEROCKET_OVERLAP))
          if (key in kube)
            return finding(
              ['bottlerocket', 'settings', 'kubernetes', key],
              `invalid Bottlerocket setting: use ${g.label}.${field} instead (path=${g.label}.bottlerocket.settings.kubernetes.${key})`,
            );
        if ('cluster-dns-ip' in kube && nonEmpty(g.ng['clusterDNS']))
          return finding(
            ['clusterDNS'],
            `only one of ${g.label}.bottlerocket.settings.kubernetes.cluster-dns-ip or ${g.label}.clusterDNS can be set`,
          );
        return [];
      }
      const kubelet = g.ng['kubeletExtraConfig'];
      const key = isObj(kubelet) ? KUBELET_FORBIDDEN.find((k) => k in kubelet) : undefined;
      return key === undefined
        ? []
        : finding(
            ['kubeletExtraConfig', key],
            `cannot override "${key}" in kubelet config, as it's critical to eksctl functionality`,
          );
    });
  },
});

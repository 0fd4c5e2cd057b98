import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import {
  amiFamilyOf,
  configNodeGroups,
  type ConfigNodeGroup,
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
  needs: ['managedNodeGroups', 'nodeGroups'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    for (const g of configNodeGroups(config)) {
      const finding = familyFieldProblem(g);
      if (finding) out.push(finding);
    }
    return out;
  },
});

function finding(g: ConfigNodeGroup, path: (string | number)[], eksctlMessage: string): ConfigFinding {
  return { path: g.at(...path), params: { nodeGroup: g.name, eksctlMessage } };
}

function isSet(g: ConfigNodeGroup, field: string): boolean {
  return g.ng[field] !== undefined && g.ng[field] !== null;
}

/** eksctl's unsupportedFieldError; a managed group's family defaults to AmazonLinux2023 first. */
function unsupported(g: ConfigNodeGroup, family: string, field: string): ConfigFinding {
  return finding(g, [field], `${field} is not supported for ${family} nodegroups (path=${g.label}.${field})`);
}

/** The first field of the group that its AMI family does not allow (module-level helpers: no closures per group). */
function familyFieldProblem(g: ConfigNodeGroup): ConfigFinding | undefined {
  const family = amiFamilyOf(g.ng);
  if (g.managed) {
    if (isBottlerocket(family)) {
      if (isSet(g, 'preBootstrapCommands')) return unsupported(g, family, 'preBootstrapCommands');
      if (isSet(g, 'overrideBootstrapCommand')) return unsupported(g, family, 'overrideBootstrapCommand');
    }
    if (isWindows(family) && isSet(g, 'overrideBootstrapCommand')) return unsupported(g, family, 'overrideBootstrapCommand');
    return undefined;
  }
  if (isSet(g, 'bottlerocket') && !isBottlerocket(family))
    return finding(
      g,
      ['bottlerocket'],
      `bottlerocket config can only be used with amiFamily "Bottlerocket" or "BottlerocketFips" but found "${family}" (path=${g.label}.bottlerocket)`,
    );
  if (isWindows(family)) return isSet(g, 'kubeletExtraConfig') ? unsupported(g, family, 'kubeletExtraConfig') : undefined;
  if (isBottlerocket(family)) {
    for (const field of ['kubeletExtraConfig', 'preBootstrapCommands', 'overrideBootstrapCommand'])
      if (isSet(g, field)) return unsupported(g, family, field);
    const settings = obj(g.ng['bottlerocket'])['settings'];
    if (!isObj(settings) || settings['kubernetes'] === undefined) return undefined;
    const kube = settings['kubernetes'];
    if (!isObj(kube))
      return finding(
        g,
        ['bottlerocket', 'settings', 'kubernetes'],
        'invalid kubernetes settings provided: expected a map of settings',
      );
    for (const [key, field] of Object.entries(BOTTLEROCKET_OVERLAP))
      if (key in kube)
        return finding(
          g,
          ['bottlerocket', 'settings', 'kubernetes', key],
          `invalid Bottlerocket setting: use ${g.label}.${field} instead (path=${g.label}.bottlerocket.settings.kubernetes.${key})`,
        );
    if ('cluster-dns-ip' in kube && nonEmpty(g.ng['clusterDNS']))
      return finding(
        g,
        ['clusterDNS'],
        `only one of ${g.label}.bottlerocket.settings.kubernetes.cluster-dns-ip or ${g.label}.clusterDNS can be set`,
      );
    return undefined;
  }
  const kubelet = g.ng['kubeletExtraConfig'];
  const key = isObj(kubelet) ? KUBELET_FORBIDDEN.find((k) => k in kubelet) : undefined;
  return key === undefined
    ? undefined
    : finding(
        g,
        ['kubeletExtraConfig', key],
        `cannot override "${key}" in kubelet config, as it's critical to eksctl functionality`,
      );
}

import { defineConfigRule } from '../../config-rule.js';
import { amiFamilyOf, arr, configNodeGroups, isObj, isWindows, obj, str } from './config-node-groups.js';

/** A Fargate namespace selector (`*` and `?` wildcards, as EKS matches them) that takes kube-system's pods. */
function selectsKubeSystem(namespace: string): boolean {
  const pattern = namespace
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${pattern}$`).test('kube-system');
}

/**
 * CoreDNS and the other kube-system add-ons run only on Linux, so a cluster whose only nodes are Windows
 * has cluster DNS Pending, and with it every Windows workload that resolves a name. eksctl only warns ("a
 * Linux node group is required to support Windows workloads", pkg/eks/nodegroup.go LogWindowsCompatibility);
 * AWS: "You must have at least one Linux node in your cluster to run CoreDNS". Linux capacity is a Linux
 * node group, a Fargate profile that takes kube-system, Auto Mode, hybrid nodes, or Karpenter (its node
 * pools launch Linux nodes). Reads the exported config, so carried node groups count too.
 */
export const windowsNeedsLinux = defineConfigRule({
  id: 'ng.windows-needs-linux',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/windows-support.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} has only Windows nodes ({{nodeGroups}}), but CoreDNS and the other kube-system add-ons run only on Linux: they stay Pending and DNS inside the cluster fails. eksctl warns: "a Linux node group is required to support Windows workloads".',
      fix: 'Add a Linux node group (AmazonLinux2023 or Bottlerocket) of at least two nodes to {{cluster}}, or a Fargate profile that selects kube-system.',
    },
    ja: {
      message:
        'クラスター {{cluster}} のノードは Windows だけ（{{nodeGroups}}）ですが、CoreDNS などの kube-system のアドオンは Linux でしか動かないため Pending のままになり、クラスター内の DNS が機能しません。eksctl の警告:「a Linux node group is required to support Windows workloads」。',
      fix: '{{cluster}} に 2 ノード以上の Linux のノードグループ（AmazonLinux2023 または Bottlerocket）を追加するか、kube-system を選択する Fargate プロファイルを追加してください。',
    },
  },
  needs: ['managedNodeGroups', 'nodeGroups'],
  checkConfig({ config }) {
    const groups = configNodeGroups(config);
    const windows = groups.filter((g) => isWindows(amiFamilyOf(g.ng)));
    if (windows.length === 0 || windows.length < groups.length) return [];
    const root = config as unknown as Record<string, unknown>;
    if (obj(root['autoModeConfig'])['enabled'] === true || isObj(root['karpenter'])) return [];
    if (arr(obj(root['remoteNetworkConfig'])['remoteNodeNetworks']).length > 0) return [];
    const fargateKubeSystem = arr(root['fargateProfiles']).some((fp) =>
      arr(obj(fp)['selectors']).some((s) => selectsKubeSystem(str(obj(s)['namespace']) ?? '')),
    );
    if (fargateKubeSystem) return [];
    return [{ path: windows[0]!.at('amiFamily'), params: { nodeGroups: windows.map((g) => g.name).join(', ') } }];
  },
});

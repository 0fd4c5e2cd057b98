import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { amiFamilyOf, configNodeGroups, isAmazonLinux, isBottlerocket, isWindows, nonEmpty, num } from './config-node-groups.js';

/**
 * The smallest volume EC2 accepts for the snapshot of each family's EKS-optimized AMI, in GiB: EC2 refuses a
 * smaller one ("Volume of size 10GB is smaller than snapshot 'snap-…', expect size>= 20GB", cilium/cilium#43051
 * after AL2023 became eksctl's default). AL2023's root and Bottlerocket's data volume (where eksctl puts
 * volumeSize) are 20 GiB (amazon-eks-ami PR #1581); Amazon Linux 2's root snapshot is 4 GiB (its template's
 * `launch_block_device_mappings_volume_size`, PR #1143), so AL2 takes any size from 4 GiB; Windows Server's roots
 * are at least 30 GiB. Ubuntu and custom AMIs are not known offline.
 */
function minimumGiB(family: string): number | undefined {
  if (family === 'AmazonLinux2') return 4;
  if (family === '' || isAmazonLinux(family) || isBottlerocket(family)) return 20;
  if (isWindows(family)) return 30;
  return undefined;
}

/** A node group's volumeSize below its AMI's snapshot: no instance launches, so the group never gets a node. */
export const volumeBelowAmi = defineConfigRule({
  id: 'ng.volume-below-ami',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/RootDeviceStorage.html',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} asks for a {{size}} GiB volume, but the snapshot of its {{amiFamily}} AMI is {{minimum}} GiB: EC2 refuses every instance ("Volume of size {{size}}GB is smaller than snapshot, expect size >= {{minimum}}GB") and the group gets no nodes.',
      fix: 'Set volumeSize of {{nodeGroup}} to at least {{minimum}} GiB (eksctl uses 80 when it is not set).',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は {{size}} GiB のボリュームを指定していますが、{{amiFamily}} の AMI のスナップショットは {{minimum}} GiB です。EC2 は {{minimum}} GiB 以上を求めてすべてのインスタンスを拒否し（「Volume of size {{size}}GB is smaller than snapshot」）、ノードグループにノードができません。',
      fix: '{{nodeGroup}} の volumeSize を {{minimum}} GiB 以上にしてください（設定しない場合 eksctl は 80 を使います）。',
    },
  },
  needs: ['managedNodeGroups', 'nodeGroups'],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      const size = num(g.ng['volumeSize']);
      if (size === undefined || size <= 0 || nonEmpty(g.ng['ami'])) return [];
      const family = amiFamilyOf(g.ng);
      const minimum = minimumGiB(family);
      if (minimum === undefined || size >= minimum) return [];
      return [
        {
          path: g.at('volumeSize'),
          params: { nodeGroup: g.name, size, minimum, amiFamily: family === '' ? 'AmazonLinux2023' : family },
        },
      ];
    });
  },
});

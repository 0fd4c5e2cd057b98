import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isIpv6 } from '../../facts/config-network.js';
import { amiFamilyOf, configNodeGroups, isWindows } from '../node-groups/config-node-groups.js';

/**
 * EKS IPv6 clusters have no Windows support: the VPC CNI gives pods IPv6 addresses from prefixes, which
 * Windows nodes cannot use ("No Windows support: Windows Pods and services aren't supported"). eksctl does not
 * check it; the Windows nodes would come up without pod networking. Reads the exported config, carried
 * node groups included; ipFamily is compared case-insensitively as eksctl reads it.
 */
export const ipv6Windows = defineConfigRule({
  id: 'cluster.ipv6-windows',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/cni-ipv6.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} uses IPv6, but node group {{nodeGroup}} runs Windows ({{amiFamily}}): EKS IPv6 clusters have no Windows support ("Windows Pods and services aren\'t supported"), so its pods get no network.',
      fix: 'Run Windows workloads in an IPv4 cluster, or change {{nodeGroup}} to a Linux AMI family (AmazonLinux2023, Bottlerocket).',
    },
    ja: {
      message:
        "クラスター {{cluster}} は IPv6 を使いますが、ノードグループ {{nodeGroup}} は Windows（{{amiFamily}}）です。EKS の IPv6 クラスターは Windows をサポートしない（「Windows Pods and services aren't supported」）ため、その Pod はネットワークを使えません。",
      fix: 'Windows のワークロードは IPv4 のクラスターで動かすか、{{nodeGroup}} を Linux の AMI ファミリー（AmazonLinux2023、Bottlerocket）に変更してください。',
    },
  },
  needs: ['kubernetesNetworkConfig'],
  checkConfig({ config }) {
    if (!isIpv6(config)) return [];
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      const amiFamily = amiFamilyOf(g.ng);
      return isWindows(amiFamily) ? [{ path: g.at('amiFamily'), params: { nodeGroup: g.name, amiFamily } }] : [];
    });
  },
});

import { defineRule } from '../../define.js';
import { iamControllers, iamWorkloads } from './iam-users.js';
import { enableAddon } from '../../fix-edits.js';
import { autoModeEnabled, nodeGroupsOfCluster } from '../../facts/compute.js';

export const podIdentityAgent = defineRule({
  id: 'sec.pod-identity-agent',
  severity: 'error',
  area: 'security',
  eksctl: [67],
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} gives IAM roles through EKS Pod Identity ({{users}}) but does not install the EKS Pod Identity Agent, which hands out the credentials, so Pods on its node groups and Karpenter nodes get none. eksctl refuses Pod Identity associations without the add-on, except on an Auto Mode cluster, whose own nodes run the agent but whose node groups do not.',
      fix: 'Turn on the Pod Identity Agent add-on of {{cluster}}, or switch the cluster to IRSA.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は EKS Pod Identity で IAM ロールを割り当てています（{{users}}）が、認証情報を提供する EKS Pod Identity エージェントがインストールされていないため、ノードグループと Karpenter のノード上の Pod は認証情報を得られません。eksctl はアドオンなしの Pod Identity の関連付けを拒否します。ただし Auto Mode のクラスターは例外で、Auto Mode 自身のノードはエージェントを実行しますが、ノードグループのノードは実行しません。',
      fix: '{{cluster}} の EKS Pod Identity エージェントのアドオンを有効にするか、クラスターを IRSA に切り替えてください。',
    },
  },
  check(index) {
    return index.ofKind('cluster').flatMap((cluster) => {
      if (cluster.props.controllerIdentity !== 'pod-identity' || cluster.props.addons.podIdentityAgent) return [];
      // Auto Mode nodes run the agent themselves and eksctl does not ask for the add-on (configfile.go); only a node
      // group's nodes would lack it.
      if (autoModeEnabled(cluster) && nodeGroupsOfCluster(index, cluster).length === 0) return [];
      const workloads = iamWorkloads(index, cluster);
      const users = [...iamControllers(cluster), ...workloads.map((w) => w.name)];
      if (users.length === 0) return [];
      return [
        { partIds: [cluster.id, ...workloads.map((w) => w.id)], params: { cluster: cluster.name, users: users.join(', ') } },
      ];
    });
  },
  fix: (design, d) => enableAddon(design, d, 'podIdentityAgent'),
});

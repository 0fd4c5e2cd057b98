import { defineRule } from '../../define.js';
import { clusterCompute, hasLinuxEc2, isWindowsNodeGroup, kubeSystemFargateProfile } from '../../facts/cluster-compute.js';
import { iamControllers, iamWorkloads } from './iam-users.js';

export const preferPodIdentity = defineRule({
  id: 'sec.prefer-pod-identity',
  severity: 'info',
  area: 'security',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} uses IRSA although its pods that need IAM roles can run on Linux EC2 nodes; AWS recommends EKS Pod Identity there (no per-cluster OIDC provider, roles reusable across clusters).',
      fix: 'Switch the controller identity of {{cluster}} to EKS Pod Identity, unless you need IRSA-specific behaviour.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は IRSA を使っていますが、IAM ロールが必要な Pod は Linux の EC2 ワーカーノードで動けます。AWS はこの場合 EKS Pod Identity を推奨しています（クラスターごとの OIDC プロバイダーが不要で、ロールを複数のクラスターで再利用できます）。',
      fix: 'IRSA 固有の動作が必要でなければ、{{cluster}} のコントローラーの ID を EKS Pod Identity に切り替えてください。',
    },
  },
  check(index) {
    return index.ofKind('cluster').flatMap((cluster) => {
      if (cluster.props.controllerIdentity !== 'irsa') return [];
      const workloads = iamWorkloads(index, cluster);
      const controllers = iamControllers(cluster).length > 0;
      if (!controllers && workloads.length === 0) return [];
      const compute = clusterCompute(index, cluster);
      if (!hasLinuxEc2(compute)) return [];
      // Controllers on a Fargate profile that takes all of kube-system need IRSA: sec.pod-identity-unsupported-compute
      // sends such a cluster to IRSA, so this rule must not send it back.
      if (controllers && kubeSystemFargateProfile(compute)) return [];
      // Pods on Fargate or Windows need IRSA, which is then a reason, not a habit.
      const needsIrsa = workloads.some((w) => {
        const placement = index.placementOf(w);
        return placement.on === 'fargate' || (placement.on === 'node-group' && isWindowsNodeGroup(placement.nodeGroup));
      });
      return needsIrsa ? [] : [{ partIds: [cluster.id], params: { cluster: cluster.name } }];
    });
  },
});

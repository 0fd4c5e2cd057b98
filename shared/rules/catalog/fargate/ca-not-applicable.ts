import { defineRule } from '../../define.js';
import { fargateProfilesOfCluster, nodeGroupsOfCluster } from '../node-groups/compute.js';

export const caNotApplicable = defineRule({
  id: 'fargate.ca-not-applicable',
  severity: 'error',
  area: 'fargate',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} runs only on Fargate but uses Cluster Autoscaler, which scales EC2 Auto Scaling groups; there is nothing for it to scale (Fargate sizes capacity per pod).',
      fix: 'Remove Cluster Autoscaler from {{cluster}} and scale pods with the Horizontal Pod Autoscaler, or add node groups.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は Fargate だけで動いていますが、EC2 Auto Scaling グループをスケーリングする Cluster Autoscaler を使っています。スケーリングの対象がありません（Fargate は Pod ごとに容量を割り当てます）。',
      fix: '{{cluster}} から Cluster Autoscaler を外し、Horizontal Pod Autoscaler で Pod をスケーリングするか、ノードグループを追加してください。',
    },
  },
  check(index) {
    return index
      .ofKind('cluster')
      .flatMap((cluster) =>
        cluster.props.addons.nodeAutoscaler === 'cluster-autoscaler' &&
        nodeGroupsOfCluster(index, cluster).length === 0 &&
        fargateProfilesOfCluster(index, cluster).length > 0
          ? [{ partIds: [cluster.id], params: { cluster: cluster.name } }]
          : [],
      );
  },
});

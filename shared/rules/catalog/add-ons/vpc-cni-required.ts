import { defineRule } from '../../define.js';

export const vpcCniRequired = defineRule({
  id: 'eksctl.vpc-cni-required',
  severity: 'error',
  area: 'add-ons',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/ctl/cmdutils/configfile.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} has the Amazon VPC CNI add-on switched off but runs {{parts}}; eksctl refuses node groups, Fargate profiles and Karpenter on a cluster created without vpc-cni, and EC2 nodes would get no pod network.',
      fix: 'Switch the VPC CNI add-on of {{cluster}} back on.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は Amazon VPC CNI アドオンが無効ですが、{{parts}} があります。eksctl は vpc-cni なしで作成するクラスターにノードグループ、Fargate プロファイル、Karpenter を作成できず、EC2 ワーカーノードには Pod のネットワークもありません。',
      fix: '{{cluster}} の VPC CNI アドオンを有効に戻してください。',
    },
  },
  check(index) {
    return index.ofKind('cluster').flatMap((cluster) => {
      if (cluster.props.addons.vpcCni) return [];
      const compute = index
        .children(cluster)
        .filter((p) => p.kind === 'managed-node-group' || p.kind === 'self-managed-node-group' || p.kind === 'fargate-profile');
      const names = compute.map((p) => p.name);
      if (cluster.props.addons.nodeAutoscaler === 'karpenter') names.push('Karpenter');
      if (names.length === 0) return [];
      return [{ partIds: [cluster.id, ...compute.map((p) => p.id)], params: { cluster: cluster.name, parts: names.join(', ') } }];
    });
  },
});

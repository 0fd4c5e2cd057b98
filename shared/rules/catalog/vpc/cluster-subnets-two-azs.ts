import { defineRule } from '../../define.js';

export const clusterSubnetsTwoAzs = defineRule({
  id: 'vpc.cluster-subnets-two-azs',
  severity: 'error',
  area: 'vpc',
  eksctl: [11],
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html#cluster-subnets',
  text: {
    en: {
      message:
        'EKS requires the cluster subnets to be in at least two Availability Zones; cluster {{cluster}} has subnets in {{count}}.',
      fix: 'Add a subnet in a second Availability Zone (ideally three) to the VPC of the cluster.',
    },
    ja: {
      message:
        'EKS ではクラスターのサブネットが 2 つ以上のアベイラビリティーゾーンにある必要があります。クラスター {{cluster}} のサブネットは {{count}} つのゾーンにしかありません。',
      fix: 'クラスターの VPC に別のアベイラビリティーゾーンのサブネットを追加してください（3 つが理想です）。',
    },
  },
  check(index) {
    return index.ofKind('cluster').flatMap((cluster) => {
      const subnets = index.clusterSubnets(cluster);
      // One loop, no closure or array per cluster.
      const azs = new Set<string>();
      for (const s of subnets) {
        // Existing subnets given only by id have no AZ in the design (eksctl looks it up): nothing to check.
        if (s.availabilityZone === '' && s.part?.props.existingSubnetId) return [];
        azs.add(s.availabilityZone);
      }
      if (azs.size >= 2) return [];
      const partIds = [cluster.id, ...subnets.flatMap((s) => (s.part ? [s.part.id] : []))];
      return [{ partIds, params: { cluster: cluster.name, count: azs.size } }];
    });
  },
});

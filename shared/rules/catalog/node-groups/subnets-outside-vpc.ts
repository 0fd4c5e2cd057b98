import { defineRule } from '../../define.js';
import type { NodeGroupPart, PartOf } from '../../../model/parts.js';

export const subnetsOutsideVpc = defineRule({
  id: 'eksctl.subnets-outside-cluster-vpc',
  severity: 'error',
  area: 'node-groups',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/vpc/vpc.go',
  text: {
    en: {
      message:
        '{{name}} uses subnets {{subnets}}, which are not in the VPC of cluster {{cluster}}; node groups and Fargate profiles can only use subnets of their cluster’s VPC.',
      fix: 'Choose subnets of the VPC that contains {{cluster}} for {{name}}.',
    },
    ja: {
      message:
        '{{name}} はクラスター {{cluster}} の VPC にないサブネット {{subnets}} を使っています。ノードグループと Fargate プロファイルはクラスターの VPC のサブネットしか使えません。',
      fix: '{{name}} には {{cluster}} がある VPC のサブネットを選んでください。',
    },
  },
  check(index) {
    const owners: (NodeGroupPart | PartOf<'fargate-profile'>)[] = [...index.nodeGroups(), ...index.ofKind('fargate-profile')];
    return owners.flatMap((owner) => {
      const cluster = index.clusterOf(owner);
      if (!cluster || owner.props.subnetIds.length === 0) return [];
      const vpcId = index.vpcOf(cluster)?.id;
      const outside = owner.props.subnetIds
        .map((id) => index.get(id, 'subnet'))
        .filter((s): s is PartOf<'subnet'> => s !== undefined && s.parentId !== vpcId);
      if (outside.length === 0) return [];
      return [
        {
          partIds: [owner.id, ...outside.map((s) => s.id)],
          params: { name: owner.name, subnets: outside.map((s) => s.name).join(', '), cluster: cluster.name },
        },
      ];
    });
  },
});

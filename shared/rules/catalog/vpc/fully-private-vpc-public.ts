/** eksctl's fully-private VPC has private subnets only: a drawn public subnet would not be created. */
import { defineRule } from '../../define.js';
import { EKSCTL_PRIVATE_VPC_SOURCE as SOURCE, privateVpcs } from '../../facts/private-vpc.js';

export const fullyPrivateVpcPublicSubnets = defineRule({
  id: 'network.fully-private-vpc-public',
  severity: 'error',
  area: 'vpc',
  source: SOURCE,
  text: {
    en: {
      message:
        'Cluster {{cluster}} is fully private and eksctl builds VPC {{vpc}}, which then has private subnets only; the public subnet {{subnet}} would not be created.',
      fix: 'Remove the public subnet {{subnet}}, or turn off fully private for {{cluster}}, or use an existing VPC that has it.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は完全プライベートで、VPC {{vpc}} は eksctl が作成するため、プライベートサブネットしか持ちません。パブリックサブネット {{subnet}} は作成されません。',
      fix: 'パブリックサブネット {{subnet}} を削除するか、{{cluster}} の完全プライベートを無効にするか、それを持つ既存の VPC を使ってください。',
    },
  },
  check(index) {
    return privateVpcs(index).flatMap(({ cluster, vpc }) =>
      index
        .childrenOfKind(vpc, 'subnet')
        .filter((s) => s.props.access === 'public' && !s.props.existingSubnetId)
        .map((s) => ({ partIds: [s.id, cluster.id], params: { cluster: cluster.name, vpc: vpc.name, subnet: s.name || s.id } })),
    );
  },
});

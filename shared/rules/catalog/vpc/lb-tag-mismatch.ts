import { defineRule } from '../../define.js';
import { hasRoleTag, ROLE_ELB, ROLE_INTERNAL_ELB } from './lb-discovery.js';

export const lbTagMismatch = defineRule({
  id: 'vpc.lb-tag-mismatch',
  severity: 'error',
  area: 'vpc',
  source: 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/deploy/subnet_discovery/',
  text: {
    en: {
      message:
        'Subnet {{subnet}} carries the tag {{tag}}, which contradicts its routing: kubernetes.io/role/elb belongs on public subnets and kubernetes.io/role/internal-elb on private ones, or load balancers land where they cannot work.',
      fix: 'Remove {{tag}} from subnet {{subnet}}, or change whether the subnet is public or private.',
    },
    ja: {
      message:
        'サブネット {{subnet}} のタグ {{tag}} がルーティングと矛盾しています。kubernetes.io/role/elb はパブリックサブネットに、kubernetes.io/role/internal-elb はプライベートサブネットに付けるもので、そうでないとロードバランサーが機能しない場所に作られます。',
      fix: 'サブネット {{subnet}} からタグ {{tag}} を外すか、サブネットのパブリック/プライベートを変更してください。',
    },
  },
  check(index) {
    return index.ofKind('subnet').flatMap((s) => {
      const wrongTag = s.props.access === 'private' ? ROLE_ELB : ROLE_INTERNAL_ELB;
      return hasRoleTag(s, wrongTag) ? [{ partIds: [s.id], params: { subnet: s.name, tag: wrongTag } }] : [];
    });
  },
});

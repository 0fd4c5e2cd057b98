import { defineRule } from '../../define.js';
import { tagDiscoverySubnets, untaggedDiscoveryFindings } from './lb-discovery.js';

export const lbTagPrivate = defineRule({
  id: 'vpc.lb-tag-private',
  severity: 'warning',
  area: 'vpc',
  source: 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/deploy/subnet_discovery/',
  text: {
    en: {
      message:
        'Existing private subnets {{subnets}} lack the tag {{tag}}=1, so the AWS Load Balancer Controller may not pick them for internal load balancers such as {{loadBalancer}}.',
      fix: 'Tag the existing private subnets {{subnets}} with {{tag}} = 1 (eksctl does not tag subnets it does not create), or list the subnets on the load balancer.',
    },
    ja: {
      message:
        '既存のプライベートサブネット {{subnets}} にタグ {{tag}}=1 がないため、AWS Load Balancer Controller が {{loadBalancer}} などの内部ロードバランサーにこれらを選ばない可能性があります。',
      fix: '既存のサブネット {{subnets}} にタグ {{tag}} = 1 を付けるか（eksctl は自分で作成していないサブネットにはタグを付けません）、ロードバランサーにサブネットを明示してください。',
    },
  },
  check: (index) => untaggedDiscoveryFindings(index, 'private'),
  fix: tagDiscoverySubnets,
});

import { defineRule } from '../../define.js';
import { tagDiscoverySubnets, untaggedDiscoveryFindings } from './lb-discovery.js';

export const lbTagPublic = defineRule({
  id: 'vpc.lb-tag-public',
  severity: 'warning',
  area: 'vpc',
  source: 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/deploy/subnet_discovery/',
  text: {
    en: {
      message:
        'Existing public subnets {{subnets}} lack the tag {{tag}}=1, so the AWS Load Balancer Controller may not pick them for internet-facing load balancers such as {{loadBalancer}}.',
      fix: 'Tag the existing public subnets {{subnets}} with {{tag}} = 1 (eksctl does not tag subnets it does not create), or list the subnets on the load balancer.',
    },
    ja: {
      message:
        '既存のパブリックサブネット {{subnets}} にタグ {{tag}}=1 がないため、AWS Load Balancer Controller が {{loadBalancer}} などのインターネット向けロードバランサーにこれらを選ばない可能性があります。',
      fix: '既存のサブネット {{subnets}} にタグ {{tag}} = 1 を付けるか（eksctl は自分で作成していないサブネットにはタグを付けません）、ロードバランサーにサブネットを明示してください。',
    },
  },
  check: (index) => untaggedDiscoveryFindings(index, 'public'),
  fix: tagDiscoverySubnets,
});

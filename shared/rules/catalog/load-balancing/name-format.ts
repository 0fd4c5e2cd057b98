import { defineRule } from '../../define.js';

/** ELB CreateLoadBalancer: up to 32 letters, digits and hyphens, no hyphen at either end. */
const LB_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/;

export const lbNameFormat = defineRule({
  id: 'lb.name-format',
  severity: 'error',
  area: 'load-balancing',
  source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html',
  text: {
    en: {
      message:
        'Load balancer name "{{loadBalancer}}" is invalid: ELB names are at most 32 letters, digits and hyphens, do not start or end with a hyphen and do not start with "internal-".',
      fix: 'Rename the load balancer, e.g. "web-alb".',
    },
    ja: {
      message:
        'ロードバランサー名「{{loadBalancer}}」が無効です。ELB の名前は英数字とハイフンで 32 文字以内、先頭と末尾はハイフン以外で、「internal-」で始めることはできません。',
      fix: 'ロードバランサーの名前を変更してください（例: 「web-alb」）。',
    },
  },
  check(index) {
    return index
      .loadBalancers()
      .filter((lb) => !LB_NAME.test(lb.name) || lb.name.toLowerCase().startsWith('internal-'))
      .map((lb) => ({ partIds: [lb.id], params: { loadBalancer: lb.name } }));
  },
});

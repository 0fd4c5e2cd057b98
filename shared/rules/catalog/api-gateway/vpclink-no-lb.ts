import { defineRule } from '../../define.js';

export const vpclinkNoLb = defineRule({
  id: 'apigw.vpclink-no-lb',
  severity: 'error',
  area: 'api-gateway',
  source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/private-integration.html',
  text: {
    en: {
      message:
        'API Gateway {{api}} is not connected to a load balancer; private integrations reach services in the VPC only through a VPC link to a load balancer.',
      fix: 'Expose the service through an internal NLB or ALB (AWS Load Balancer Controller) and connect {{api}} to it.',
    },
    ja: {
      message:
        'API Gateway {{api}} がロードバランサーに接続されていません。プライベート統合で VPC 内のサービスに到達するには、ロードバランサーへの VPC リンクが必要です。',
      fix: 'サービスを内部の NLB または ALB（AWS Load Balancer Controller）で公開し、{{api}} をそれに接続してください。',
    },
  },
  check(index) {
    return index
      .ofKind('api-gateway')
      .filter((api) => index.targetsOf(api, 'nlb').length === 0 && index.targetsOf(api, 'alb').length === 0)
      .map((api) => ({ partIds: [api.id], params: { api: api.name } }));
  },
});

import { defineRule } from '../../define.js';

export const internalLb = defineRule({
  id: 'apigw.internal-lb',
  severity: 'info',
  area: 'api-gateway',
  source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/private-integration.html',
  text: {
    en: {
      message:
        'Load balancer {{lb}} behind API Gateway {{api}} is internet-facing, so clients can bypass the API (its authorization, throttling and WAF) and call the backend directly.',
      fix: 'Make {{lb}} internal unless direct public access is intended.',
    },
    ja: {
      message:
        'API Gateway {{api}} の背後のロードバランサー {{lb}} はインターネット向けのため、クライアントは API（認可、スロットリング、WAF）を経由せず直接バックエンドを呼び出せます。',
      fix: '直接のパブリックアクセスを意図していない限り、{{lb}} を内部（internal）にしてください。',
    },
  },
  check(index) {
    return index
      .ofKind('api-gateway')
      .flatMap((api) =>
        [...index.targetsOf(api, 'nlb'), ...index.targetsOf(api, 'alb')]
          .filter((lb) => lb.props.scheme === 'internet-facing')
          .map((lb) => ({ partIds: [lb.id, api.id], params: { lb: lb.name, api: api.name } })),
      );
  },
});

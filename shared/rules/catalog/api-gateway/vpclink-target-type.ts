import { defineRule } from '../../define.js';

export const vpclinkTargetType = defineRule({
  id: 'apigw.vpclink-target-type',
  severity: 'error',
  area: 'api-gateway',
  source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/vpc-links-v1.html',
  text: {
    en: {
      message:
        'REST API {{api}} reaches Application Load Balancer {{lb}} through a VPC link V1, which supports only Network Load Balancers.',
      fix: 'Put a Network Load Balancer in front of the service, use a VPC link V2 for the REST API, or use an HTTP API (which may target ALBs and NLBs).',
    },
    ja: {
      message:
        'REST API {{api}} は VPC リンク V1 でアプリケーションロードバランサー（ALB）{{lb}} に接続していますが、VPC リンク V1 はネットワークロードバランサー（NLB）にしか対応していません。',
      fix: 'サービスの前に NLB を置くか、REST API で VPC リンク V2 を使うか、HTTP API（ALB と NLB の両方に接続可能）を使ってください。',
    },
  },
  check(index) {
    return index.ofKind('api-gateway').flatMap((api) => {
      if (api.props.apiType !== 'REST' || api.props.restVpcLink === 'V2') return [];
      return index.targetsOf(api, 'alb').map((alb) => ({ partIds: [api.id, alb.id], params: { api: api.name, lb: alb.name } }));
    });
  },
});

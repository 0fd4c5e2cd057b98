/** API Gateway: an HTTP or REST API reaching a load balancer in the VPC through a VPC link. */
import { z } from 'zod';
import { defineKind } from './define.js';

export const apiGatewayPropsSchema = z.strictObject({
  apiType: z.enum(['HTTP', 'REST']).default('HTTP'),
  /**
   * VPC link generation of a REST API: V1 (legacy, NLB targets only) or V2 (ALB or NLB). Absent = V1.
   * HTTP APIs always use VPC link V2.
   */
  restVpcLink: z.enum(['V1', 'V2']).optional(),
  /** Assumed requests per month in millions, for the cost estimate. */
  assumedRequestsMillions: z.number().min(0).default(1),
});

export const apiGatewayKind = defineKind({
  kind: 'api-gateway',
  propsSchema: apiGatewayPropsSchema,
  defaultProps: {},
  defaultName: 'api',
  parents: { allowed: [], required: false },
  defaultSize: { width: 200, height: 84 },
  /** Through a VPC link to a load balancer (an NLB first: REST APIs' V1 links reach only NLBs). */
  connectsTo: [
    { to: 'nlb', meaning: 'vpc-link-to', drawnAs: 'traffic' },
    { to: 'alb', meaning: 'vpc-link-to', drawnAs: 'traffic' },
  ],
  labels: {
    en: {
      name: 'API Gateway',
      fields: {
        apiType: 'API type',
        restVpcLink: 'VPC link version (REST API)',
        assumedRequestsMillions: 'Assumed requests (millions per month)',
      },
    },
    ja: {
      name: 'API Gateway',
      fields: {
        apiType: 'API の種類',
        restVpcLink: 'VPC リンクのバージョン（REST API）',
        assumedRequestsMillions: '想定リクエスト数（百万/月）',
      },
    },
  },
  io: {
    export: { none: 'eksctl creates no API Gateway APIs or VPC links' },
    import: { none: 'a ClusterConfig names no API Gateway APIs' },
    cost: { how: 'assumed requests per month', by: 'shared/cost/services.ts' },
  },
});

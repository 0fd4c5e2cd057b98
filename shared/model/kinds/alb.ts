/** Application Load Balancer: HTTP(S) traffic from outside or inside the VPC to workloads. */
import { z } from 'zod';
import { defineKind } from './define.js';
import { LOAD_BALANCER_FIELD_LABELS, LOAD_BALANCER_IO, LOAD_BALANCER_PLACE, loadBalancerFields } from './load-balancer-common.js';

export const albPropsSchema = z.strictObject({
  ...loadBalancerFields,
  /** Assumed load balancer capacity units per hour, for the cost estimate. */
  assumedCapacityUnits: z.number().min(0).default(1),
});

export const albKind = defineKind({
  kind: 'alb',
  propsSchema: albPropsSchema,
  defaultProps: { scheme: 'internet-facing', targetType: 'ip' },
  defaultName: 'alb',
  ...LOAD_BALANCER_PLACE,
  labels: {
    en: { name: 'Application Load Balancer', fields: LOAD_BALANCER_FIELD_LABELS.en },
    ja: { name: 'アプリケーションロードバランサー（ALB）', fields: LOAD_BALANCER_FIELD_LABELS.ja },
  },
  io: LOAD_BALANCER_IO,
});

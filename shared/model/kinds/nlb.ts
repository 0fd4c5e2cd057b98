/** Network Load Balancer: TCP/UDP traffic to workloads; the target of an API Gateway VPC link. */
import { z } from 'zod';
import { defineKind } from './define.js';
import { LOAD_BALANCER_FIELD_LABELS, LOAD_BALANCER_IO, LOAD_BALANCER_PLACE, loadBalancerFields } from './load-balancer-common.js';

export const nlbPropsSchema = z.strictObject({
  ...loadBalancerFields,
  assumedCapacityUnits: z.number().min(0).default(1),
});

export const nlbKind = defineKind({
  kind: 'nlb',
  propsSchema: nlbPropsSchema,
  defaultProps: { scheme: 'internal', targetType: 'ip' },
  defaultName: 'nlb',
  ...LOAD_BALANCER_PLACE,
  labels: {
    en: { name: 'Network Load Balancer', fields: LOAD_BALANCER_FIELD_LABELS.en },
    ja: { name: 'ネットワークロードバランサー（NLB）', fields: LOAD_BALANCER_FIELD_LABELS.ja },
  },
  io: LOAD_BALANCER_IO,
});

/**
 * A test-only part kind, to prove that a new kind is this file, its view (renderer/flow/kinds/test-support/
 * security-group.tsx) and one line in each registry: the tests derive every table from the registry plus
 * this module. Not registered in the app.
 */
import { z } from 'zod';
import { defineKind } from '../define.js';

export const securityGroupPropsSchema = z.strictObject({
  /** CIDRs allowed in; empty = only from the VPC. */
  ingressCidrs: z.array(z.string()).default([]),
  /** Id of an existing security group (sg-...). */
  existingGroupId: z.string().optional(),
});

export const securityGroupKind = defineKind({
  kind: 'security-group',
  propsSchema: securityGroupPropsSchema,
  defaultProps: { ingressCidrs: ['10.0.0.0/16'] },
  defaultName: 'sg',
  nameMaxLength: 255,
  parents: { allowed: ['vpc'], required: true },
  defaultSize: { width: 180, height: 72 },
  connectsTo: [{ to: 'workload', meaning: 'protects', drawnAs: 'traffic' }],
  labels: {
    en: {
      name: 'Security group',
      fields: { ingressCidrs: 'Inbound allowed from (CIDRs)', existingGroupId: 'Existing security group ID (sg-…)' },
    },
    ja: {
      name: 'セキュリティグループ',
      fields: { ingressCidrs: 'インバウンドを許可する CIDR', existingGroupId: '既存セキュリティグループの ID（sg-…）' },
    },
  },
  io: {
    export: { none: 'a fixture: eksctl would take it as vpc.securityGroup, which this test does not model' },
    import: { none: 'a fixture' },
    cost: { none: 'security groups are free' },
  },
});

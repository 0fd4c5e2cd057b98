/**
 * The view of the test-only security group kind (shared/model/kinds/test-support/security-group.ts):
 * the renderer half of "a new kind is 2 new files plus 2 registry lines". Not registered in the app.
 */
import type { z } from 'zod';
import type { securityGroupPropsSchema } from '../../../../shared/model/kinds/test-support/security-group.js';
import { path, rect } from '../../glyph-shapes.js';
import type { KindView } from '../define.js';

export const securityGroupView: KindView<'security-group', z.infer<typeof securityGroupPropsSchema>> = {
  kind: 'security-group',
  color: '#dd344c',
  glyph: [path('M14 4l8 3v7c0 5-3.5 8-8 10-4.5-2-8-5-8-10V7z'), rect(11, 12, 6, 5)],
  facts: (p) => [p.existingGroupId ?? `${p.ingressCidrs.length} inbound CIDRs`],
};

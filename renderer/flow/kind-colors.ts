/**
 * Category colour of each part kind, close to the AWS icon palette families. The one table the canvas
 * (as the `--kind-color` CSS variable on each part), the overview canvas and the image export draw with.
 */
import type { PartKind } from '../../shared/model/parts.js';

export const KIND_COLORS: Record<PartKind, string> = {
  vpc: '#8c4fff',
  subnet: '#8c4fff',
  cluster: '#ed7100',
  'managed-node-group': '#ed7100',
  'self-managed-node-group': '#d45b07',
  'fargate-profile': '#ed7100',
  alb: '#8c4fff',
  nlb: '#8c4fff',
  ecr: '#ed7100',
  'cloud-map': '#e7157b',
  'api-gateway': '#e7157b',
  'on-prem-network': '#7d8998',
  workload: '#01a88d',
};

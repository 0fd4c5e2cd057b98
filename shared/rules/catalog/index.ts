/** Every area's rules, in the order the catalogs list the areas. */
import type { Rule } from '../types.js';
import { vpcRules } from './vpc/index.js';
import { clusterRules } from './cluster/index.js';
import { nodeGroupsRules } from './node-groups/index.js';
import { fargateRules } from './fargate/index.js';
import { loadBalancingRules } from './load-balancing/index.js';
import { autoscalingRules } from './autoscaling/index.js';
import { serviceDiscoveryRules } from './service-discovery/index.js';
import { ecrRules } from './ecr/index.js';
import { securityRules } from './security/index.js';
import { hybridRules } from './hybrid/index.js';
import { apiGatewayRules } from './api-gateway/index.js';
import { addOnsRules } from './add-ons/index.js';
import { designRules } from './design/index.js';

export const CATALOG: readonly Rule[] = [
  ...vpcRules,
  ...clusterRules,
  ...nodeGroupsRules,
  ...fargateRules,
  ...loadBalancingRules,
  ...autoscalingRules,
  ...serviceDiscoveryRules,
  ...ecrRules,
  ...securityRules,
  ...hybridRules,
  ...apiGatewayRules,
  ...addOnsRules,
  ...designRules,
];

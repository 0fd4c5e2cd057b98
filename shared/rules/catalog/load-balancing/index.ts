import type { Rule } from '../../types.js';
import { albNeedsLbc } from './alb-needs-lbc.js';
import { albTwoAzs } from './alb-two-azs.js';
import { hybridIpTarget } from './hybrid-ip-target.js';
import { instanceTargetServiceType } from './instance-target-service-type.js';
import { internetFacingNeedsPublic } from './internet-facing-needs-public.js';
import { ipTargetNeedsVpcCni } from './ip-target-needs-vpc-cni.js';
import { lbNameFormat } from './name-format.js';
import { nlbViaLbc } from './nlb-via-lbc.js';
import { preferIpTargets } from './prefer-ip-targets.js';
import { privateClusterLbc } from './private-cluster-lbc.js';
import { routesToNothing } from './routes-to-nothing.js';
import { subnetFreeIps } from './subnet-free-ips.js';
import { lbSubnetsOutsideVpc } from './subnets-outside-vpc.js';
import { albReadinessPath } from './alb-readiness-path.js';
import { serviceLoadBalancerUndrawn } from './service-load-balancer-undrawn.js';

export const loadBalancingRules: readonly Rule[] = [
  albTwoAzs,
  subnetFreeIps,
  lbSubnetsOutsideVpc,
  internetFacingNeedsPublic,
  albNeedsLbc,
  nlbViaLbc,
  instanceTargetServiceType,
  ipTargetNeedsVpcCni,
  hybridIpTarget,
  lbNameFormat,
  preferIpTargets,
  privateClusterLbc,
  routesToNothing,
  albReadinessPath,
  serviceLoadBalancerUndrawn,
];

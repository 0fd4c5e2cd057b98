import type { Rule } from '../../types.js';
import { internalLb } from './internal-lb.js';
import { nlbMultiAz } from './nlb-multi-az.js';
import { vpclinkNoLb } from './vpclink-no-lb.js';
import { vpclinkTargetType } from './vpclink-target-type.js';

export const apiGatewayRules: readonly Rule[] = [vpclinkTargetType, vpclinkNoLb, nlbMultiAz, internalLb];

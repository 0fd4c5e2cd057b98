import type { Rule } from '../../types.js';
import { clusterSubnetsTwoAzs } from './cluster-subnets-two-azs.js';

export const vpcRules: readonly Rule[] = [clusterSubnetsTwoAzs];

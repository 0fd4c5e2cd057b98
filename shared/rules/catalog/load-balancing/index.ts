import type { Rule } from '../../types.js';

export const loadBalancingRules: readonly Rule[] = [];

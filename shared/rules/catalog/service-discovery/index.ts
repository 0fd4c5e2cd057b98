import type { Rule } from '../../types.js';

export const serviceDiscoveryRules: readonly Rule[] = [];

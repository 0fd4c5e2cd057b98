import type { Rule } from '../../types.js';

export const fargateRules: readonly Rule[] = [];

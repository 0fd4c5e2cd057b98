import type { Rule } from '../../types.js';

export const hybridRules: readonly Rule[] = [];

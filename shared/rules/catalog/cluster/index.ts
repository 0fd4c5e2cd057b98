import type { Rule } from '../../types.js';

export const clusterRules: readonly Rule[] = [];

import type { Rule } from '../../types.js';

export const securityRules: readonly Rule[] = [];

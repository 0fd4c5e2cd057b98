import type { Rule } from '../../types.js';

export const ecrRules: readonly Rule[] = [];

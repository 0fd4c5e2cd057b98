import type { Rule } from '../../types.js';

export const addOnsRules: readonly Rule[] = [];

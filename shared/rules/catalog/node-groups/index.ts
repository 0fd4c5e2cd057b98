import type { Rule } from '../../types.js';

export const nodeGroupsRules: readonly Rule[] = [];

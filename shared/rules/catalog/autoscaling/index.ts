import type { Rule } from '../../types.js';

export const autoscalingRules: readonly Rule[] = [];

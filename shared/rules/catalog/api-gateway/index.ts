import type { Rule } from '../../types.js';

export const apiGatewayRules: readonly Rule[] = [];

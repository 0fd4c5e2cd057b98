import type { Rule } from './types.js';

/** Identity helper that gives rule files full type checking and one recognisable shape. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

import { defaultRuleContext } from '../../shared/rules/engine.js';
import type { RuleContext } from '../../shared/rules/types.js';
import type { CliIo } from '../command.js';

/** The rule context for `--date` when given, else for the io's clock (today). */
export function ruleContextFor(date: string | undefined, io: CliIo): RuleContext {
  return defaultRuleContext(date ? new Date(`${date}T00:00:00Z`) : (io.now?.() ?? new Date()));
}

/**
 * The registry of rules. Each area's folder under catalog/ exports its list from an index.ts;
 * the registry joins them and refuses duplicate or malformed ids.
 */
import type { Rule } from './types.js';
import { CATALOG } from './catalog/index.js';

const RULE_ID = /^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$/;

export class RuleRegistry {
  private readonly rules = new Map<string, Rule>();
  /** The list `all()` hands out until a rule is added: the engine keeps per-list plans (view-pass.ts). */
  private list: readonly Rule[] | undefined;

  constructor(rules: readonly Rule[] = []) {
    for (const rule of rules) this.register(rule);
  }

  register(rule: Rule): void {
    if (!RULE_ID.test(rule.id)) throw new Error(`rule id "${rule.id}" is not of the form area.name-with-dashes`);
    if (this.rules.has(rule.id)) throw new Error(`rule id "${rule.id}" is registered twice`);
    this.rules.set(rule.id, rule);
    this.list = undefined;
  }

  get(id: string): Rule | undefined {
    return this.rules.get(id);
  }

  all(): readonly Rule[] {
    this.list ??= Object.freeze([...this.rules.values()]);
    return this.list;
  }
}

/** Every rule the app checks. */
export const RULES = new RuleRegistry(CATALOG);

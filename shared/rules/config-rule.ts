/**
 * Rules that check the exported ClusterConfig the way eksctl does (shared/rules/config-view.ts). A config
 * rule reports config paths; the engine sees ordinary findings on the parts those paths belong to, with
 * `{{cluster}}` (the cluster's name) and `{{path}}` (e.g. managedNodeGroups[0].privateNetworking) filled in.
 */
import { formatPath, type PathSegment } from '../util/locate.js';
import { configViews, type ConfigView } from './config-view.js';
import type { Finding, MessageParams, Rule, RuleContext, Severity } from './types.js';

export interface ConfigFinding {
  /** Where in the config the problem is, e.g. ['managedNodeGroups', 0, 'privateNetworking']. */
  path: PathSegment[];
  params?: MessageParams;
  severity?: Severity;
  /** Extra parts the finding concerns besides the one at `path` (e.g. the other node group of a clash). */
  alsoParts?: string[];
}

export type ConfigRule = Omit<Rule, 'check'> & {
  checkConfig(view: ConfigView, ctx: RuleContext): ConfigFinding[];
};

/** Adds the findings of a config rule about one cluster's view to `out`. */
export type ViewCheck = (view: ConfigView, ctx: RuleContext, out: Finding[]) => void;

const VIEW_CHECKS = new WeakMap<Rule, ViewCheck>();

/**
 * How the engine runs `rule` one cluster at a time (shared/rules/view-pass.ts): set for the rules
 * defineConfigRule made. A copy of such a rule (`{ ...rule, check }`) has none and runs through its `check`.
 */
export function viewCheckOf(rule: Rule): ViewCheck | undefined {
  return VIEW_CHECKS.get(rule);
}

/** A rule over every cluster's exported config. */
export function defineConfigRule(rule: ConfigRule): Rule {
  const { checkConfig, ...rest } = rule;
  const checkView: ViewCheck = (view, ctx, out) => {
    const found = checkConfig(view, ctx);
    // Indexed: this loop runs for every config rule and cluster, mostly over nothing, often before V8 optimises it.
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!;
      const partIds = [...new Set([...view.partsAt(f.path), ...(f.alsoParts ?? [])])];
      const path = formatPath(f.path);
      out.push({
        partIds,
        params: { cluster: view.cluster.name, path, ...f.params },
        configPath: path,
        ...(f.severity ? { severity: f.severity } : {}),
      });
    }
  };
  const defined: Rule = {
    ...rest,
    check(index, ctx): Finding[] {
      const out: Finding[] = [];
      for (const view of configViews(index)) checkView(view, ctx, out);
      return out;
    },
  };
  VIEW_CHECKS.set(defined, checkView);
  return defined;
}

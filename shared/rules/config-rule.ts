/**
 * Rules that check the exported ClusterConfig the way eksctl does (shared/rules/config-view.ts). A config
 * rule reports config paths; the engine sees ordinary findings on the parts those paths belong to, with
 * `{{cluster}}` (the cluster's name) and `{{path}}` (e.g. managedNodeGroups[0].privateNetworking) filled in.
 */
import { formatPath, type PathSegment } from '../util/locate.js';
import { configViews, type ConfigView, type EksctlClusterConfig } from './config-view.js';
import { configHolds, type ConfigNeed } from './config-needs.js';
import type { Finding, MessageParams, Rule, RuleContext, Severity } from './types.js';

export type { ConfigKey, ConfigNeed } from './config-needs.js';

export interface ConfigFinding {
  /** Where in the config the problem is, e.g. ['managedNodeGroups', 0, 'privateNetworking']. */
  path: PathSegment[];
  params?: MessageParams;
  severity?: Severity;
  /** Extra parts the finding concerns besides the one at `path` (e.g. the other node group of a clash). */
  alsoParts?: string[];
}

export type CheckConfig = (view: ConfigView, ctx: RuleContext) => ConfigFinding[];

export type ConfigRule = Omit<Rule, 'check'> & {
  /**
   * ClusterConfig fields without which this rule finds nothing (e.g. `['karpenter']`,
   * `['managedNodeGroups[].labels', 'nodeGroups[].labels']`): the engine does not run the rule on a config
   * that holds none of them. Most clusters hold few of eksctl's fields, and a config rule runs once per
   * cluster, so this skips thousands of calls per validation of a large design (and leaves rules that find
   * nothing there cold, so V8 spends its optimising on the rules that run). Leave it out when the rule can
   * find something in any config. config-rule-needs.test.ts proves each declaration over every fixture,
   * template and upstream example: without these fields, no finding.
   */
  needs?: readonly ConfigNeed[];
  checkConfig: CheckConfig;
};

/** How the view pass runs a config rule on one cluster's view (shared/rules/view-pass.ts). */
export interface ViewRun {
  readonly needs: readonly ConfigNeed[] | undefined;
  readonly checkConfig: CheckConfig;
}

const VIEW_RUNS = new WeakMap<Rule, ViewRun>();

/**
 * How the engine runs `rule` one cluster at a time: set for the rules defineConfigRule made. A copy of such
 * a rule (`{ ...rule, check }`) has none and runs through its `check`.
 */
export function viewRunOf(rule: Rule): ViewRun | undefined {
  return VIEW_RUNS.get(rule);
}

/** Whether `config` holds any of `needs`; always true when the rule declares none. */
export function configHasAny(config: EksctlClusterConfig, needs: readonly ConfigNeed[] | undefined): boolean {
  if (needs === undefined) return true;
  // Indexed: runs for every config rule and cluster, mostly before V8 optimises it.
  for (let i = 0; i < needs.length; i++) if (configHolds(config, needs[i]!)) return true;
  return false;
}

/** Adds a config rule's findings about one cluster's view to `out`, as the engine reports them. */
export function addConfigFindings(view: ConfigView, found: readonly ConfigFinding[], out: Finding[]): void {
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
}

/** A rule over every cluster's exported config. */
export function defineConfigRule(rule: ConfigRule): Rule {
  const { checkConfig, needs, ...rest } = rule;
  const defined: Rule = {
    ...rest,
    check(index, ctx): Finding[] {
      const out: Finding[] = [];
      for (const view of configViews(index))
        if (configHasAny(view.config, needs)) addConfigFindings(view, checkConfig(view, ctx), out);
      return out;
    },
  };
  VIEW_RUNS.set(defined, { needs, checkConfig });
  return defined;
}

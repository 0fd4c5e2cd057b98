/** For config rules' tests: one cluster whose exported config carries `extra`, and what a rule says about it. */
import { baselineBuilder, DesignBuilder, runRule } from './builder.js';
import type { Finding, Rule } from '../types.js';

export type ClusterProps = NonNullable<Parameters<DesignBuilder['cluster']>[1]>;

/** The findings of `rule` on a cluster (no VPC, default add-ons) whose config carries `extra`. */
export function findingsFor(rule: Rule, extra: Record<string, unknown>, props: ClusterProps = {}): Finding[] {
  const b = new DesignBuilder();
  b.cluster(undefined, { ...props, extra });
  return runRule(rule, b.build());
}

/** `[configPath, problem]` of each finding of `rule` on a cluster carrying `extra`. */
export function problemsFor(rule: Rule, extra: Record<string, unknown>, props: ClusterProps = {}): [string?, unknown?][] {
  return findingsFor(rule, extra, props).map((f) => [f.configPath, f.params?.['problem']]);
}

/** Whether `rule` is quiet on the baseline design. */
export function quietOnBaseline(rule: Rule): boolean {
  return runRule(rule, baselineBuilder().b.build()).length === 0;
}

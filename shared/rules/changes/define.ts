/**
 * Rules about a change between two revisions of a design rather than about one design: what EKS cannot do to a
 * running cluster (skip Kubernetes versions, switch IP family). They run where two designs meet, in the design
 * comparison (shared/diff), on every cluster that is in both and is the same EKS cluster (same name and Region).
 */
import type { PartOf } from '../../model/parts.js';
import type { Finding, Rule } from '../types.js';

export type ClusterPart = PartOf<'cluster'>;

export type ChangeRule = Omit<Rule, 'check' | 'fix' | 'eksctl'> & {
  /** Findings about one cluster's change from `before` to `after`; part ids are the second design's. */
  checkChange(before: ClusterPart, after: ClusterPart): Finding[];
};

/** Identity helper that gives change rule files full type checking and one recognisable shape. */
export function defineChangeRule(rule: ChangeRule): ChangeRule {
  return rule;
}

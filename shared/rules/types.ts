/**
 * The shape of a rule and of what it reports. A rule is a pure function of the design and a context
 * (today's date, the version calendar), so the same design always gets the same findings on a given day.
 */
import type { VersionCalendar } from '../data/kubernetes-versions.js';
import type { DesignIndex } from '../model/design-index.js';
import type { Design } from '../model/design.js';

export type Severity = 'error' | 'warning' | 'info';
export type Language = 'en' | 'ja';
export type MessageParams = Record<string, string | number>;

export const RULE_AREAS = [
  'vpc',
  'cluster',
  'node-groups',
  'fargate',
  'load-balancing',
  'autoscaling',
  'service-discovery',
  'ecr',
  'security',
  'hybrid',
  'api-gateway',
  'add-ons',
  'design',
] as const;
export type RuleArea = (typeof RULE_AREAS)[number];

/** What a rule says, with `{{param}}` placeholders filled from the finding's params. */
export interface RuleText {
  message: string;
  fix: string;
}

export interface RuleContext {
  /** Today's date, YYYY-MM-DD (UTC). Tests fix it. */
  today: string;
  calendar: VersionCalendar;
}

/** One thing a rule found. */
export interface Finding {
  /** Parts the finding concerns; the first is the one to select. */
  partIds: string[];
  params?: MessageParams;
  /** For rules whose severity depends on degree (e.g. free IPs below 6 is an error, below 16 a warning). */
  severity?: Severity;
  /** For rules over the exported ClusterConfig: where in cluster.yaml, e.g. `managedNodeGroups[0].privateNetworking`. */
  configPath?: string;
}

export interface Rule {
  /** Stable id from the reference catalogs, e.g. `vpc.cluster-subnets-two-azs`. */
  id: string;
  severity: Severity;
  area: RuleArea;
  /** URL of the AWS/eksctl fact behind the rule. */
  source: string;
  /** Numbers of the eksctl validation rules (shared/rules/eksctl-coverage.ts) this rule enforces, in whole or part. */
  eksctl?: readonly number[];
  text: Record<Language, RuleText>;
  check(index: DesignIndex, ctx: RuleContext): Finding[];
  /**
   * A mechanical change that resolves one finding of this rule, for rules where the way out is not a
   * judgement call. Pure; returns `design` itself when it has nothing to change for this finding.
   */
  fix?: RuleFix;
}

/** Resolves a finding: (design, the finding's diagnostic) -> the design without that finding. */
export type RuleFix = (design: Design, diagnostic: Diagnostic) => Design;

/** A finding as the canvas, the problems panel and the command line see it. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  partIds: string[];
  /** Key of the message in the rule texts: `<ruleId>.message`; the fix is `<ruleId>.fix`. */
  messageKey: string;
  fixKey: string;
  params: MessageParams;
  source: string;
  /** Where in the exported cluster.yaml the problem is, for rules that check the ClusterConfig. */
  configPath?: string;
  /** Set on a finding a suppression accepted (it is then not among the active findings): why, and until when. */
  suppression?: DiagnosticSuppression;
}

/** The suppression that accepted a finding, as reports show it (SARIF `suppressions[].justification`). */
export interface DiagnosticSuppression {
  reason: string;
  /** YYYY-MM-DD, the first day the suppression no longer applies. */
  expires?: string;
}

/** For node group rule tests: a design imported from eksctl YAML, so fields arrive the way an import carries them. */
import { importEksctlYaml } from '../../round-trip/index.js';
import { runRule } from './builder.js';
import type { Finding, Rule } from '../types.js';

const HEAD =
  'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: demo\n  region: us-west-2\n  version: "1.35"\n';

/** Imports `body` (the config below metadata) and runs `rule` on the design. */
export function runOnYaml(rule: Rule, body: string): Finding[] {
  return runRule(rule, importEksctlYaml(HEAD + body).document.design);
}

/** The eksctl messages and config paths `rule` reports for `body`. */
export function messagesOnYaml(rule: Rule, body: string): [string | undefined, string | number | undefined][] {
  return runOnYaml(rule, body).map((f) => [f.configPath, f.params?.['eksctlMessage']]);
}

/**
 * Findings as a SARIF 2.1.0 log, the format code-scanning tools (GitHub code scanning, Azure DevOps, IDE
 * viewers) read: one run whose tool lists the rules it reports (help text and help URI from the rule's
 * source), and one result per finding with its level, message and the line in the checked file. A suppressed
 * finding keeps its result and carries `suppressions` with the reason, as those tools expect.
 * The shape follows the OASIS schema vendored in shared/sarif/schema (a test validates against it).
 */
import { APP_NAME, APP_VERSION } from '../app-info.js';
import { renderDiagnostic } from '../rules/messages.js';
import { RULES, type RuleRegistry } from '../rules/registry.js';
import type { Diagnostic, Language, Severity } from '../rules/types.js';
import type { FindingLocator } from './locate.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://eks-sandbox.github.io';

/** Why a finding is accepted, as a design's suppression records it. */
export interface FindingSuppression {
  reason: string;
  /** YYYY-MM-DD after which the suppression no longer applies. */
  expires?: string;
}

/** A finding to report; `suppression` when the design accepts it with a reason. */
export type SarifFinding = Diagnostic & { suppression?: FindingSuppression };

export interface SarifOptions {
  /** The checked file as SARIF names it: a path relative to the repository root, or a file: URI. */
  artifactUri: string;
  /** Line of each finding in that file. */
  locate: FindingLocator;
  lang?: Language;
  registry?: RuleRegistry;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const FIX_LABEL: Record<Language, string> = { en: 'Fix', ja: '修正方法' };
const SOURCE_LABEL: Record<Language, string> = { en: 'Source', ja: '出典' };

/** `vpc.cluster-subnets-two-azs` -> `VpcClusterSubnetsTwoAzs`: SARIF's readable rule name. */
export function ruleName(id: string): string {
  return id
    .split(/[.-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** A rule text with its `{{value}}` placeholders shown as `<value>`, since a rule describes no one finding. */
function generic(template: string): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, '<$1>');
}

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { tags: string[] };
}

function describeRule(id: string, severity: Severity, lang: Language, registry: RuleRegistry): ReportingDescriptor {
  const rule = registry.get(id);
  const text = rule?.text[lang];
  const message = text ? generic(text.message) : id;
  const fix = text ? generic(text.fix) : '';
  const source = rule?.source ?? '';
  const sourceLine = source ? `${SOURCE_LABEL[lang]}: ${source}` : '';
  return {
    id,
    name: ruleName(id),
    // SARIF wants a short description of one sentence; the message's first sentence is it (。 escaped: a
    // non-ASCII character anywhere in the CLI bundle makes Node read all of it as a slower two-byte string).
    shortDescription: { text: /^.*?[.\u3002](?=\s|$)/u.exec(message)?.[0] ?? message },
    fullDescription: { text: message },
    help: {
      text: [fix && `${FIX_LABEL[lang]}: ${fix}`, sourceLine].filter(Boolean).join('\n'),
      markdown: [fix && `**${FIX_LABEL[lang]}:** ${fix}`, source && `${SOURCE_LABEL[lang]}: <${source}>`]
        .filter(Boolean)
        .join('\n\n'),
    },
    ...(source ? { helpUri: source } : {}),
    defaultConfiguration: { level: LEVEL[rule?.severity ?? severity] },
    properties: { tags: ['eks', ...(rule ? [rule.area] : [])] },
  };
}

/** The SARIF 2.1.0 log of `findings` in one file. */
export function buildSarifLog(findings: readonly SarifFinding[], options: SarifOptions): Record<string, unknown> {
  const lang = options.lang ?? 'en';
  const registry = options.registry ?? RULES;
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  for (const f of findings) {
    if (ruleIndex.has(f.ruleId)) continue;
    ruleIndex.set(f.ruleId, rules.length);
    rules.push(describeRule(f.ruleId, f.severity, lang, registry));
  }
  const results = findings.map((f) => {
    const { message, fix } = renderDiagnostic(f, lang, registry);
    const position = options.locate(f);
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId)!,
      level: LEVEL[f.severity],
      message: { text: fix ? `${message} ${FIX_LABEL[lang]}: ${fix}` : message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: options.artifactUri },
            region: position ? { startLine: position.line, startColumn: position.column } : { startLine: 1 },
          },
          ...(f.partIds.length > 0 ? { logicalLocations: f.partIds.map((id) => ({ name: id, kind: 'object' })) } : {}),
        },
      ],
      // Code scanning matches a finding across runs by this; the rule and its parts say which finding it is.
      partialFingerprints: { 'eksSandboxFinding/v1': [f.ruleId, ...f.partIds, f.configPath ?? ''].join('|') },
      ...(f.suppression
        ? {
            suppressions: [
              {
                kind: 'inSource',
                justification: f.suppression.reason,
                ...(f.suppression.expires ? { properties: { expires: f.suppression.expires } } : {}),
              },
            ],
          }
        : {}),
      properties: { partIds: [...f.partIds], ...(f.configPath !== undefined ? { configPath: f.configPath } : {}) },
    };
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: APP_NAME, version: APP_VERSION, informationUri: INFORMATION_URI, rules } },
        artifacts: [{ location: { uri: options.artifactUri } }],
        results,
      },
    ],
  };
}

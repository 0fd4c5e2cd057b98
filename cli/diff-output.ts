/**
 * What `eks-sandbox diff` prints: text for a terminal, JSON for scripts, Markdown to paste into a pull request
 * (a table of the changes, the cost delta, the new findings, the cluster.yaml diff folded away). Pure.
 */
import { costChangeItem } from '../shared/cost/index.js';
import { joinList } from '../shared/i18n/join-list.js';
import type { DesignComparison, PartRef } from '../shared/diff/index.js';
import type { PropertyChange } from '../shared/diff/index.js';
import { renderDiagnostic } from '../shared/rules/messages.js';
import type { Diagnostic, Language } from '../shared/rules/types.js';
import { renderText, text } from './i18n/render.js';

/** A finding as the diff prints it. */
export interface DiffFinding {
  ruleId: string;
  severity: Diagnostic['severity'];
  message: string;
  partIds: string[];
}

/** The JSON `diff --format json` prints (the README documents it). */
export interface DiffJson {
  equal: boolean;
  before: string;
  after: string;
  design: PropertyChange[];
  parts: DesignComparison['parts'];
  connections: DesignComparison['connections'];
  clusterYaml: { cluster: string; patch: string }[];
  cost: DesignComparison['cost'];
  findings: { appeared: DiffFinding[]; disappeared: DiffFinding[] };
}

const WORDS = {
  en: {
    same: 'The designs are the same (only the layout may differ).',
    design: 'Design',
    parts: 'Parts',
    connections: 'Connections',
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    cost: 'Monthly cost',
    noPrices: 'no estimate',
    findings: 'Findings',
    appeared: 'new',
    disappeared: 'gone',
    yaml: 'cluster.yaml',
    change: 'Change',
    part: 'Part',
    kind: 'Kind',
    details: 'Details',
    line: 'Cost line',
    before: 'Before',
    after: 'After',
    delta: 'Change',
    newFindings: 'New findings',
    goneFindings: 'Findings no longer reported',
    severity: 'Severity',
    rule: 'Rule',
    message: 'Message',
    none: 'none',
    unchanged: 'unchanged',
    connection: 'Connection',
    yamlDiff: 'cluster.yaml diff',
    matchedByName: 'matched by kind and name',
    matchedBySubnet: 'matched by zone, access and CIDR',
  },
  ja: {
    same: '2 つの設計は同じです（レイアウトだけが違う場合があります）。',
    design: '設計',
    parts: 'パーツ',
    connections: '接続',
    added: '追加',
    removed: '削除',
    changed: '変更',
    cost: '月額コスト',
    noPrices: '見積もりなし',
    findings: '検出結果',
    appeared: '新規',
    disappeared: '解消',
    yaml: 'cluster.yaml',
    change: '変更',
    part: 'パーツ',
    kind: '種類',
    details: '内容',
    line: 'コストの項目',
    before: '変更前',
    after: '変更後',
    delta: '差額',
    newFindings: '新しい検出結果',
    goneFindings: '解消した検出結果',
    severity: '重大度',
    rule: 'ルール',
    message: 'メッセージ',
    none: 'なし',
    unchanged: '変化なし',
    connection: '接続',
    yamlDiff: 'cluster.yaml の差分',
    matchedByName: '種類と名前で対応付け',
    matchedBySubnet: 'AZ、公開区分、CIDR で対応付け',
  },
} as const;

const SEVERITY: Record<Language, Record<Diagnostic['severity'], string>> = {
  en: { error: 'error', warning: 'warning', info: 'info' },
  ja: { error: 'エラー', warning: '警告', info: '情報' },
};

function finding(d: Diagnostic, lang: Language): DiffFinding {
  return { ruleId: d.ruleId, severity: d.severity, message: renderDiagnostic(d, lang).message, partIds: [...d.partIds] };
}

export function diffJson(c: DesignComparison, before: string, after: string, lang: Language): DiffJson {
  return {
    equal: c.equal,
    before,
    after,
    design: c.design,
    parts: c.parts,
    connections: c.connections,
    clusterYaml: c.clusterYaml.map((y) => ({ cluster: y.cluster, patch: y.patch })),
    cost: c.cost,
    findings: {
      appeared: c.findings.appeared.map((d) => finding(d, lang)),
      disappeared: c.findings.disappeared.map((d) => finding(d, lang)),
    },
  };
}

/** A value as a reader wants it: strings bare, the rest as JSON; a missing side as "(none)". */
function show(value: unknown, lang: Language): string {
  if (value === undefined) return `(${WORDS[lang].none})`;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function money(n: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function signed(n: number): string {
  return `${n >= 0 ? '+' : '-'}${money(Math.abs(n))}`;
}

function partLabel(p: PartRef): string {
  return p.name === p.id ? p.name : `${p.name} (${p.id})`;
}

/** "3 added, 1 removed" in English, 「3 追加、1 削除」 in Japanese. */
function counts(items: readonly (readonly [number, string])[], lang: Language): string {
  return joinList(
    items.map(([n, word]) => `${n} ${word}`),
    lang,
  );
}

/**
 * Why a side has no estimate, in the reader's language: each side whose region has no price table (the
 * structured `unpriced`), then any other reason as the comparison gave it. The compare panel shows the same
 * notes (renderer/compare/cost-notes.ts).
 */
export function costNotes(c: DesignComparison, lang: Language): string[] {
  const unpriced = c.cost.unpriced.map((u) =>
    renderText(text('diff.no-prices', { label: u.label, region: u.region, regions: u.regionsWithPrices }), lang),
  );
  return [...unpriced, ...c.cost.notes];
}

function costSummary(c: DesignComparison, lang: Language): string {
  const w = WORDS[lang];
  const b = c.cost.before ? `${money(c.cost.before.monthlyTotal)}` : w.noPrices;
  const a = c.cost.after ? `${money(c.cost.after.monthlyTotal)}` : w.noPrices;
  const delta = c.cost.diff ? ` (${signed(c.cost.diff.totalChange)})` : '';
  return `${w.cost} (USD): ${b} -> ${a}${delta}`;
}

export function formatDiffText(json: DiffJson, c: DesignComparison, lang: Language): string {
  const w = WORDS[lang];
  const out: string[] = [`${json.before} -> ${json.after}`, ''];
  if (c.equal) out.push(w.same);
  for (const d of c.design) out.push(`${w.design}: ${d.path}: ${show(d.before, lang)} -> ${show(d.after, lang)}`);
  const { added, removed, changed } = c.parts;
  out.push(
    `${w.parts}: ${counts(
      [
        [added.length, w.added],
        [removed.length, w.removed],
        [changed.length, w.changed],
      ],
      lang,
    )}`,
  );
  for (const p of added) out.push(`  + ${p.kind} ${partLabel(p)}`);
  for (const p of removed) out.push(`  - ${p.kind} ${partLabel(p)}`);
  for (const p of changed) {
    const renamed = p.before.name !== p.after.name ? ` (${p.before.name} -> ${p.after.name})` : '';
    const how = p.matchedBy === 'kind+name' ? ` [${w.matchedByName}]` : p.matchedBy === 'subnet' ? ` [${w.matchedBySubnet}]` : '';
    out.push(`  ~ ${p.after.kind} ${partLabel(p.after)}${renamed}${how}`);
    for (const ch of p.changes) out.push(`      ${ch.path}: ${show(ch.before, lang)} -> ${show(ch.after, lang)}`);
  }
  const conn = c.connections;
  out.push(
    `${w.connections}: ${counts(
      [
        [conn.added.length, w.added],
        [conn.removed.length, w.removed],
      ],
      lang,
    )}`,
  );
  for (const x of conn.added) out.push(`  + ${x.from.name} -> ${x.to.name}`);
  for (const x of conn.removed) out.push(`  - ${x.from.name} -> ${x.to.name}`);
  out.push(costSummary(c, lang));
  for (const l of c.cost.diff?.lines ?? []) out.push(`  ${signed(l.change).padStart(10)}  ${costChangeItem(l, lang)}`);
  for (const n of costNotes(c, lang)) out.push(`  ${n}`);
  const f = json.findings;
  out.push(
    `${w.findings}: ${counts(
      [
        [f.appeared.length, w.appeared],
        [f.disappeared.length, w.disappeared],
      ],
      lang,
    )}`,
  );
  for (const d of f.appeared) out.push(`  + ${SEVERITY[lang][d.severity]} ${d.ruleId}  ${d.message}`);
  for (const d of f.disappeared) out.push(`  - ${SEVERITY[lang][d.severity]} ${d.ruleId}  ${d.message}`);
  for (const y of c.clusterYaml) {
    out.push('', `${w.yaml} (${y.cluster}): ${y.patch === '' ? w.unchanged : ''}`.trimEnd());
    if (y.patch !== '') out.push(y.patch.trimEnd());
  }
  return `${out.join('\n')}\n`;
}

/** Text for a Markdown table cell: pipes escaped, line breaks as <br>. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Text as an inline code span in a table cell. GFM reads `\|` in a cell as a pipe, in code too, but nothing else
 * is escaped in a code span (a backslash shows as typed) and `<br>` would show as text, so a line break shows as ⏎;
 * the fence is longer than any run of backticks inside, with a space inside it when the text starts or ends with one.
 */
function code(text: string): string {
  const body = text.replace(/\|/g, '\\|').replace(/\r?\n/g, '⏎');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

export function formatDiffMarkdown(json: DiffJson, c: DesignComparison, lang: Language): string {
  const w = WORDS[lang];
  const out: string[] = [`### EKS Sandbox: ${code(json.before)} → ${code(json.after)}`, ''];
  if (c.equal) return `${[...out, w.same].join('\n')}\n`;

  const rows: string[] = [];
  for (const d of c.design)
    rows.push(`| ${w.changed} | ${w.design} | | ${code(d.path)}: ${code(show(d.before, lang))} → ${code(show(d.after, lang))} |`);
  for (const p of c.parts.added) rows.push(`| ${w.added} | ${code(p.name)} | ${p.kind} | |`);
  for (const p of c.parts.removed) rows.push(`| ${w.removed} | ${code(p.name)} | ${p.kind} | |`);
  for (const p of c.parts.changed) {
    const details = p.changes.map((ch) => `${code(ch.path)}: ${code(show(ch.before, lang))} → ${code(show(ch.after, lang))}`);
    rows.push(`| ${w.changed} | ${code(p.after.name)} | ${p.after.kind} | ${details.join('<br>')} |`);
  }
  for (const x of c.connections.added) rows.push(`| ${w.added} | ${code(`${x.from.name} → ${x.to.name}`)} | ${w.connection} | |`);
  for (const x of c.connections.removed)
    rows.push(`| ${w.removed} | ${code(`${x.from.name} → ${x.to.name}`)} | ${w.connection} | |`);
  if (rows.length > 0)
    out.push(`| ${w.change} | ${w.part} | ${w.kind} | ${w.details} |`, '| --- | --- | --- | --- |', ...rows, '');

  out.push(`**${costSummary(c, lang)}**`, '');
  const lines = c.cost.diff?.lines ?? [];
  if (lines.length > 0) {
    out.push(`| ${w.line} | ${w.before} | ${w.after} | ${w.delta} |`, '| --- | ---: | ---: | ---: |');
    for (const l of lines)
      out.push(`| ${cell(costChangeItem(l, lang))} | ${money(l.before)} | ${money(l.after)} | ${signed(l.change)} |`);
    out.push('');
  }
  for (const n of costNotes(c, lang)) out.push(`> ${cell(n)}`, '');

  const table = (title: string, list: readonly DiffFinding[]) => {
    if (list.length === 0) return;
    out.push(`**${title}**`, '', `| ${w.severity} | ${w.rule} | ${w.message} |`, '| --- | --- | --- |');
    for (const d of list) out.push(`| ${SEVERITY[lang][d.severity]} | ${code(d.ruleId)} | ${cell(d.message)} |`);
    out.push('');
  };
  table(w.newFindings, json.findings.appeared);
  table(w.goneFindings, json.findings.disappeared);

  for (const y of c.clusterYaml.filter((x) => x.patch !== '')) {
    // A fence longer than any run of backticks in the patch, so the YAML cannot close it.
    const fence = '`'.repeat(Math.max(3, ...[...y.patch.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    out.push(
      `<details><summary>${w.yamlDiff} (${escapeHtml(y.cluster)})</summary>`,
      '',
      `${fence}diff`,
      y.patch.trimEnd(),
      fence,
      '',
      '</details>',
      '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * Rows of the inspector's table editors (labels, tags, taints) and the value they stand for. Rows are
 * what the user sees, blank and duplicate ones included; only a table without problems is saved.
 */
import type { PolicyArnProblem } from './policy-arn-rows.js';

export interface KeyValueRow {
  key: string;
  value: string;
}

/** A problem with one row: the i18n key under `inspectorFields.messages` and its params. */
export interface RowProblem {
  message: 'duplicateKey' | 'keyRequired' | PolicyArnProblem;
  params: Record<string, string>;
}

export type RowsResult<T> = { ok: true; value: T } | { ok: false; problems: ReadonlyMap<number, RowProblem> };

export function rowsFromMap(map: Readonly<Record<string, string>> | undefined): KeyValueRow[] {
  return Object.entries(map ?? {}).map(([key, value]) => ({ key, value }));
}

const isBlank = (row: { key: string; value: string }) => row.key.trim() === '' && row.value.trim() === '';

/**
 * Problems of rows identified by `identity` (two rows with the same identity clash): a row with a value
 * but no key, and every row of a clashing pair. Blank rows are ignored.
 */
export function rowProblems<R extends { key: string; value: string }>(
  rows: readonly R[],
  identity: (row: R) => string,
): Map<number, RowProblem> {
  const problems = new Map<number, RowProblem>();
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    if (isBlank(row)) return;
    if (row.key.trim() === '') return problems.set(i, { message: 'keyRequired', params: {} });
    const id = identity(row);
    const first = seen.get(id);
    if (first === undefined) return seen.set(id, i);
    const problem: RowProblem = { message: 'duplicateKey', params: { key: row.key.trim() } };
    problems.set(first, problem);
    problems.set(i, problem);
  });
  return problems;
}

/** The map the rows stand for, or the rows' problems. Keys and values are trimmed. */
export function mapFromRows(rows: readonly KeyValueRow[]): RowsResult<Record<string, string>> {
  const problems = rowProblems(rows, (r) => r.key.trim());
  if (problems.size > 0) return { ok: false, problems };
  const value: Record<string, string> = {};
  for (const row of rows) if (!isBlank(row)) value[row.key.trim()] = row.value.trim();
  return { ok: true, value };
}

export interface TaintRow {
  key: string;
  value: string;
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

/** The taints the rows stand for; Kubernetes allows one taint per key and effect. */
export function taintsFromRows(rows: readonly TaintRow[]): RowsResult<TaintRow[]> {
  const problems = rowProblems(rows, (r) => `${r.key.trim()}:${r.effect}`);
  if (problems.size > 0) return { ok: false, problems };
  return {
    ok: true,
    value: rows.filter((r) => !isBlank(r)).map((r) => ({ key: r.key.trim(), value: r.value.trim(), effect: r.effect })),
  };
}

/** Whether two JSON-like values are equal (the rows' value against the part's). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A node group's taints: rows of key, value and effect; one taint per key and effect. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { taintSchema } from '../../../shared/model/parts.js';
import { optionText } from './field-text.js';
import { leavesRow } from './KeyValueEditor.js';
import { sameValue, taintsFromRows, type RowProblem, type TaintRow } from './rows.js';

const EFFECTS = taintSchema.shape.effect.options;

interface Props {
  value: readonly TaintRow[] | undefined;
  onCommit: (value: TaintRow[]) => void;
  label: string;
}

export function TaintEditor({ value, onCommit, label }: Props) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<TaintRow[]>(() => [...(value ?? [])]);
  const [problems, setProblems] = useState<ReadonlyMap<number, RowProblem>>(new Map());

  useEffect(() => {
    setRows((current) => {
      const shown = taintsFromRows(current);
      return shown.ok && sameValue(shown.value, value ?? []) ? current : [...(value ?? [])];
    });
    // Problems belong to the rows shown; once the part's own value replaces them (undo), they go too.
    setProblems((shown) => (shown.size === 0 ? shown : new Map()));
  }, [value]);

  const save = (next: TaintRow[]) => {
    const result = taintsFromRows(next);
    if (!result.ok) return setProblems(result.problems);
    setProblems(new Map());
    if (!sameValue(result.value, value ?? [])) onCommit(result.value);
  };
  const edit = (i: number, patch: Partial<TaintRow>) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r));

  return (
    <div className="kv-table taint-table" role="group" aria-label={label}>
      {rows.map((row, i) => {
        const problem = problems.get(i);
        return (
          <div key={i} data-row className={`kv-row taint-row${problem ? ' invalid' : ''}`} data-testid="taint-row">
            <input
              data-testid="taint-key"
              aria-label={t('inspectorFields.labels.key')}
              placeholder={t('inspectorFields.labels.key')}
              aria-invalid={problem ? true : undefined}
              value={row.key}
              onChange={(e) => setRows(edit(i, { key: e.target.value }))}
              onBlur={(e) => leavesRow(e) && save(rows)}
              onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLElement).blur()}
            />
            <input
              data-testid="taint-value"
              aria-label={t('inspectorFields.labels.value')}
              placeholder={t('inspectorFields.labels.value')}
              value={row.value}
              onChange={(e) => setRows(edit(i, { value: e.target.value }))}
              onBlur={(e) => leavesRow(e) && save(rows)}
              onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLElement).blur()}
            />
            <select
              data-testid="taint-effect"
              aria-label={t('inspectorFields.labels.effect')}
              value={row.effect}
              onChange={(e) => {
                const next = edit(i, { effect: e.target.value as TaintRow['effect'] });
                setRows(next);
                save(next);
              }}
            >
              {EFFECTS.map((effect) => (
                <option key={effect} value={effect}>
                  {optionText(t, 'effect', effect)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="row-remove"
              data-testid="taint-remove"
              aria-label={t('inspectorFields.taints.remove', { key: row.key })}
              title={t('inspectorFields.taints.remove', { key: row.key })}
              onClick={() => {
                const next = rows.filter((_, j) => j !== i);
                setRows(next);
                save(next);
              }}
            >
              ×
            </button>
            {problem && (
              <div className="field-error row-error" data-testid="field-error" role="alert">
                {t(`inspectorFields.messages.${problem.message}`, problem.params)}
              </div>
            )}
          </div>
        );
      })}
      <button
        type="button"
        className="row-add"
        data-testid="taint-add"
        onClick={() => setRows([...rows, { key: '', value: '', effect: 'NoSchedule' }])}
      >
        + {t('inspectorFields.taints.add')}
      </button>
    </div>
  );
}

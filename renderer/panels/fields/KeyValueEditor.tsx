/**
 * Rows of key and value inputs for a string map (labels, tags, a selector's labels). A row is saved when
 * focus leaves it; a duplicate key or a value without a key is flagged on its row and nothing is saved
 * until it is fixed.
 */
import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mapFromRows, rowsFromMap, sameValue, type KeyValueRow, type RowProblem } from './rows.js';

/** Whether focus goes outside the row (moving from key to value saves nothing yet). */
export function leavesRow(e: FocusEvent): boolean {
  const row = (e.currentTarget as HTMLElement).closest('[data-row]');
  return !(row && e.relatedTarget instanceof Node && row.contains(e.relatedTarget));
}

interface Props {
  value: Readonly<Record<string, string>> | undefined;
  onCommit: (value: Record<string, string>) => void;
  /** Accessible name of the table (the field's label). */
  label: string;
}

export function KeyValueEditor({ value, onCommit, label }: Props) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<KeyValueRow[]>(() => rowsFromMap(value));
  const [problems, setProblems] = useState<ReadonlyMap<number, RowProblem>>(new Map());
  const focusRow = useRef<number | null>(null);
  const table = useRef<HTMLDivElement>(null);

  // The part changed elsewhere (undo, another editor): show its map unless the rows already stand for it.
  useEffect(() => {
    setRows((current) => {
      const shown = mapFromRows(current);
      return shown.ok && sameValue(shown.value, value ?? {}) ? current : rowsFromMap(value);
    });
    // Problems belong to the rows shown; once the part's own value replaces them (undo), they go too.
    setProblems((shown) => (shown.size === 0 ? shown : new Map()));
  }, [value]);

  useEffect(() => {
    if (focusRow.current === null) return;
    table.current?.querySelectorAll<HTMLInputElement>('[data-testid="kv-key"]')[focusRow.current]?.focus();
    focusRow.current = null;
  });

  const save = (next: KeyValueRow[]) => {
    const result = mapFromRows(next);
    if (!result.ok) return setProblems(result.problems);
    setProblems(new Map());
    if (!sameValue(result.value, value ?? {})) onCommit(result.value);
  };
  const edit = (i: number, patch: Partial<KeyValueRow>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const remove = (i: number) => {
    const next = rows.filter((_, j) => j !== i);
    setRows(next);
    save(next);
  };
  const add = () => {
    focusRow.current = rows.length;
    setRows([...rows, { key: '', value: '' }]);
  };

  return (
    <div className="kv-table" role="group" aria-label={label} ref={table}>
      {rows.length === 0 && <p className="hint">{t('inspectorFields.keyValue.empty')}</p>}
      {rows.map((row, i) => {
        const problem = problems.get(i);
        return (
          <div key={i} data-row className={`kv-row${problem ? ' invalid' : ''}`} data-testid="kv-row">
            <input
              data-testid="kv-key"
              aria-label={t('inspectorFields.keyValue.key')}
              placeholder={t('inspectorFields.keyValue.key')}
              aria-invalid={problem ? true : undefined}
              value={row.key}
              onChange={(e) => edit(i, { key: e.target.value })}
              onBlur={(e) => leavesRow(e) && save(rows)}
              onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLElement).blur()}
            />
            <input
              data-testid="kv-value"
              aria-label={t('inspectorFields.keyValue.value')}
              placeholder={t('inspectorFields.keyValue.value')}
              value={row.value}
              onChange={(e) => edit(i, { value: e.target.value })}
              onBlur={(e) => leavesRow(e) && save(rows)}
              onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLElement).blur()}
            />
            <button
              type="button"
              className="row-remove"
              data-testid="kv-remove"
              aria-label={t('inspectorFields.keyValue.removeRow', { key: row.key })}
              title={t('inspectorFields.keyValue.removeRow', { key: row.key })}
              onClick={() => remove(i)}
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
      <button type="button" className="row-add" data-testid="kv-add" onClick={add}>
        + {t('inspectorFields.keyValue.addRow')}
      </button>
    </div>
  );
}

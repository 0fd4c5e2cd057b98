/**
 * Rows of text inputs, with an add button and a remove button per row: what the string-map editor (labels,
 * tags, a selector's labels), the taint editor (key and value) and the policy ARN list (one ARN) share. A row is saved when focus leaves it; a
 * row the value's parser refuses (a duplicate key, a value without a key) is flagged on its row and nothing
 * is saved until it is fixed. A new row takes the focus.
 */
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sameValue, type RowProblem, type RowsResult } from './rows.js';

/** Whether focus goes outside the row (moving from key to value saves nothing yet). */
export function leavesRow(e: FocusEvent): boolean {
  const row = (e.currentTarget as HTMLElement).closest('[data-row]');
  return !(row && e.relatedTarget instanceof Node && row.contains(e.relatedTarget));
}

/** The fields of a row that hold text, each one an input. */
type TextField<Row> = { [K in keyof Row & string]: Row[K] extends string ? K : never }[keyof Row & string];

/** One text input of each row. */
export interface RowsColumn<Row> {
  field: TextField<Row>;
  /** The input's test id after the editor's prefix: `<testIdPrefix>-<name>`. */
  name: string;
  /** Accessible name of the input in row `i`, and its placeholder. */
  label: (i: number) => string;
  placeholder: string;
  spellCheck?: boolean;
}

interface RowsEditorProps<Row extends object, Value> {
  value: Value | undefined;
  onCommit: (value: Value) => void;
  /** Accessible name of the table (the field's label). */
  label: string;
  /** The rows that stand for a value, and the value the rows stand for (or each refused row's problem). */
  rowsOf: (value: Value | undefined) => Row[];
  parse: (rows: readonly Row[]) => RowsResult<Value>;
  /** What an absent value stands for (no rows). */
  emptyValue: Value;
  newRow: () => Row;
  /** The text inputs of a row, in order; the first one takes the focus in a new row and carries its problem. */
  columns: readonly RowsColumn<Row>[];
  /** Names the elements: `<testIdPrefix>-row`, `-<column name>`, `-remove`, `-add`. */
  testIdPrefix: string;
  /** Test id of the whole table, where a test needs to find it. */
  testId?: string;
  /** Extra class of the table and of its rows. */
  className?: string;
  rowClassName?: string;
  /** `empty` stands where there are no rows; `hint` above the rows when there are some. */
  texts: { add: string; remove: (row: Row) => string; empty?: string; hint?: string };
  /** Cells after the inputs (the taint's effect); `change` edits the row and saves at once. */
  extraCells?: (row: Row, change: (patch: Partial<Row>) => void) => ReactNode;
}

/** The two text columns of a key and value table (labels, tags, taints). */
export function keyValueColumns<Row extends { key: string; value: string }>(texts: {
  key: string;
  value: string;
}): RowsColumn<Row>[] {
  return [
    { field: 'key' as TextField<Row>, name: 'key', label: () => texts.key, placeholder: texts.key },
    { field: 'value' as TextField<Row>, name: 'value', label: () => texts.value, placeholder: texts.value },
  ];
}

export function RowsEditor<Row extends object, Value>(props: RowsEditorProps<Row, Value>) {
  const { value, onCommit, rowsOf, parse, columns, testIdPrefix, texts } = props;
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(value));
  const [problems, setProblems] = useState<ReadonlyMap<number, RowProblem>>(new Map());
  const focusRow = useRef<number | null>(null);
  const table = useRef<HTMLDivElement>(null);

  // The part changed elsewhere (undo, another editor): show its value unless the rows already stand for it.
  useEffect(() => {
    setRows((current) => {
      const shown = parse(current);
      return shown.ok && sameValue(shown.value, value ?? props.emptyValue) ? current : rowsOf(value);
    });
    // Problems belong to the rows shown; once the part's own value replaces them (undo), they go too.
    setProblems((shown) => (shown.size === 0 ? shown : new Map()));
  }, [value]);

  useEffect(() => {
    if (focusRow.current === null) return;
    const first = `${testIdPrefix}-${columns[0]!.name}`;
    table.current?.querySelectorAll<HTMLInputElement>(`[data-testid="${first}"]`)[focusRow.current]?.focus();
    focusRow.current = null;
  });

  const save = (next: Row[]) => {
    const result = parse(next);
    if (!result.ok) return setProblems(result.problems);
    setProblems(new Map());
    if (!sameValue(result.value, value ?? props.emptyValue)) onCommit(result.value);
  };
  const edited = (i: number, patch: Partial<Row>) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r));
  const remove = (i: number) => {
    const next = rows.filter((_, j) => j !== i);
    setRows(next);
    save(next);
  };
  const add = () => {
    focusRow.current = rows.length;
    setRows([...rows, props.newRow()]);
  };
  const blurOnEnter = (e: KeyboardEvent) => e.key === 'Enter' && (e.target as HTMLElement).blur();

  return (
    <div
      className={`kv-table${props.className ? ` ${props.className}` : ''}`}
      role="group"
      aria-label={props.label}
      ref={table}
      data-testid={props.testId}
    >
      {rows.length === 0 && texts.empty !== undefined && <p className="hint">{texts.empty}</p>}
      {rows.length > 0 && texts.hint !== undefined && <p className="hint">{texts.hint}</p>}
      {rows.map((row, i) => {
        const problem = problems.get(i);
        const rowClass = `kv-row${props.rowClassName ? ` ${props.rowClassName}` : ''}${problem ? ' invalid' : ''}`;
        return (
          <div key={i} data-row className={rowClass} data-testid={`${testIdPrefix}-row`}>
            {columns.map((column, c) => (
              <input
                key={column.name}
                data-testid={`${testIdPrefix}-${column.name}`}
                aria-label={column.label(i)}
                placeholder={column.placeholder}
                aria-invalid={problem && c === 0 ? true : undefined}
                spellCheck={column.spellCheck}
                value={row[column.field] as string}
                onChange={(e) => setRows(edited(i, { [column.field]: e.target.value } as Partial<Row>))}
                onBlur={(e) => leavesRow(e) && save(rows)}
                onKeyDown={blurOnEnter}
              />
            ))}
            {props.extraCells?.(row, (patch) => {
              const next = edited(i, patch);
              setRows(next);
              save(next);
            })}
            <button
              type="button"
              className="row-remove"
              data-testid={`${testIdPrefix}-remove`}
              aria-label={texts.remove(row)}
              title={texts.remove(row)}
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
      <button type="button" className="row-add" data-testid={`${testIdPrefix}-add`} onClick={add}>
        + {texts.add}
      </button>
    </div>
  );
}

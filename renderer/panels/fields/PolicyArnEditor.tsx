/**
 * A workload's IAM policy ARNs as a list of rows, one ARN each. A row is saved when focus leaves it; a malformed
 * or repeated ARN is flagged on its row (in the UI's language) and nothing is saved until it is fixed.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { leavesRow } from './RowsEditor.js';
import { policyArnsFromRows, type PolicyArnProblem } from './policy-arn-rows.js';
import { sameValue } from './rows.js';

interface Props {
  value: readonly string[] | undefined;
  onCommit: (value: string[] | undefined) => void;
  /** Accessible name of the list (the field's label). */
  label: string;
  /** Whether the workload calls AWS APIs; without it the list exports nothing, and the hint says so. */
  active: boolean;
}

export function PolicyArnEditor({ value, onCommit, label, active }: Props) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<string[]>(() => [...(value ?? [])]);
  const [problems, setProblems] = useState<ReadonlyMap<number, PolicyArnProblem>>(new Map());
  const focusRow = useRef<number | null>(null);
  const list = useRef<HTMLDivElement>(null);

  // The part changed elsewhere (undo, another editor): show its list unless the rows already stand for it.
  useEffect(() => {
    setRows((current) => {
      const shown = policyArnsFromRows(current);
      return shown.ok && sameValue(shown.value ?? [], value ?? []) ? current : [...(value ?? [])];
    });
    setProblems((shown) => (shown.size === 0 ? shown : new Map()));
  }, [value]);

  useEffect(() => {
    if (focusRow.current === null) return;
    list.current?.querySelectorAll<HTMLInputElement>('[data-testid="arn-input"]')[focusRow.current]?.focus();
    focusRow.current = null;
  });

  const save = (next: string[]) => {
    const result = policyArnsFromRows(next);
    if (!result.ok) return setProblems(result.problems);
    setProblems(new Map());
    if (!sameValue(result.value ?? [], value ?? [])) onCommit(result.value);
  };
  const remove = (i: number) => {
    const next = rows.filter((_, j) => j !== i);
    setRows(next);
    save(next);
  };

  return (
    <div className="kv-table" role="group" aria-label={label} ref={list} data-testid="policy-arns">
      {rows.length === 0 && <p className="hint">{t('inspectorFields.policyArns.empty')}</p>}
      {!active && rows.length > 0 && <p className="hint">{t('inspectorFields.policyArns.needsAwsApis')}</p>}
      {rows.map((row, i) => {
        const problem = problems.get(i);
        return (
          <div key={i} data-row className={`kv-row arn-row${problem ? ' invalid' : ''}`} data-testid="arn-row">
            <input
              data-testid="arn-input"
              aria-label={t('inspectorFields.policyArns.arn', { n: i + 1 })}
              placeholder={t('inspectorFields.policyArns.placeholder')}
              aria-invalid={problem ? true : undefined}
              spellCheck={false}
              value={row}
              onChange={(e) => setRows(rows.map((r, j) => (j === i ? e.target.value : r)))}
              onBlur={(e) => leavesRow(e) && save(rows)}
              onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLElement).blur()}
            />
            <button
              type="button"
              className="row-remove"
              data-testid="arn-remove"
              aria-label={t('inspectorFields.policyArns.remove', { arn: row })}
              title={t('inspectorFields.policyArns.remove', { arn: row })}
              onClick={() => remove(i)}
            >
              ×
            </button>
            {problem && (
              <div className="field-error row-error" data-testid="field-error" role="alert">
                {t(`inspectorFields.messages.${problem}`)}
              </div>
            )}
          </div>
        );
      })}
      <button
        type="button"
        className="row-add"
        data-testid="arn-add"
        onClick={() => {
          focusRow.current = rows.length;
          setRows([...rows, '']);
        }}
      >
        + {t('inspectorFields.policyArns.add')}
      </button>
    </div>
  );
}

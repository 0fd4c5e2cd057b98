/**
 * A workload's IAM policy ARNs as a list of rows, one ARN each (a one-column RowsEditor). A row is saved when
 * focus leaves it; a malformed or repeated ARN is flagged on its row (in the UI's language) and nothing is saved
 * until it is fixed; no ARN at all saves no list.
 */
import { useTranslation } from 'react-i18next';
import { policyArnsFromRows } from './policy-arn-rows.js';
import type { RowsResult } from './rows.js';
import { RowsEditor, type RowsColumn } from './RowsEditor.js';

interface Props {
  value: readonly string[] | undefined;
  onCommit: (value: string[] | undefined) => void;
  /** Accessible name of the list (the field's label). */
  label: string;
  /** Whether the workload calls AWS APIs; without it the list exports nothing, and the hint says so. */
  active: boolean;
}

interface ArnRow {
  arn: string;
}

const NO_ARNS: readonly string[] = [];

/** The ARNs the rows stand for (none: an empty list), or each refused row's problem. */
function parse(rows: readonly ArnRow[]): RowsResult<readonly string[]> {
  const result = policyArnsFromRows(rows.map((r) => r.arn));
  if (result.ok) return { ok: true, value: result.value ?? NO_ARNS };
  return { ok: false, problems: new Map([...result.problems].map(([i, message]) => [i, { message, params: {} }])) };
}

export function PolicyArnEditor({ value, onCommit, label, active }: Props) {
  const { t } = useTranslation();
  const columns: RowsColumn<ArnRow>[] = [
    {
      field: 'arn',
      name: 'input',
      label: (i) => t('inspectorFields.policyArns.arn', { n: i + 1 }),
      placeholder: t('inspectorFields.policyArns.placeholder'),
      spellCheck: false,
    },
  ];
  return (
    <RowsEditor<ArnRow, readonly string[]>
      value={value}
      onCommit={(arns) => onCommit(arns.length > 0 ? [...arns] : undefined)}
      label={label}
      rowsOf={(arns) => (arns ?? NO_ARNS).map((arn) => ({ arn }))}
      parse={parse}
      emptyValue={NO_ARNS}
      newRow={() => ({ arn: '' })}
      columns={columns}
      testIdPrefix="arn"
      testId="policy-arns"
      rowClassName="arn-row"
      texts={{
        add: t('inspectorFields.policyArns.add'),
        remove: ({ arn }) => t('inspectorFields.policyArns.remove', { arn }),
        empty: t('inspectorFields.policyArns.empty'),
        ...(active ? {} : { hint: t('inspectorFields.policyArns.needsAwsApis') }),
      }}
    />
  );
}

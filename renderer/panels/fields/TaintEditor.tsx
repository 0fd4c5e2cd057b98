/** A node group's taints: rows of key, value and effect; one taint per key and effect. */
import { useTranslation } from 'react-i18next';
import { taintSchema } from '../../../shared/model/parts.js';
import { optionText } from './field-text.js';
import { taintsFromRows, type TaintRow } from './rows.js';
import { keyValueColumns, RowsEditor } from './RowsEditor.js';

const EFFECTS = taintSchema.shape.effect.options;
const NO_TAINTS: readonly TaintRow[] = [];

interface Props {
  value: readonly TaintRow[] | undefined;
  onCommit: (value: TaintRow[]) => void;
  label: string;
}

export function TaintEditor({ value, onCommit, label }: Props) {
  const { t } = useTranslation();
  return (
    <RowsEditor<TaintRow, readonly TaintRow[]>
      value={value}
      onCommit={(taints) => onCommit([...taints])}
      label={label}
      rowsOf={(taints) => [...(taints ?? [])]}
      parse={taintsFromRows}
      emptyValue={NO_TAINTS}
      newRow={() => ({ key: '', value: '', effect: 'NoSchedule' })}
      columns={keyValueColumns({ key: t('inspectorFields.labels.key'), value: t('inspectorFields.labels.value') })}
      testIdPrefix="taint"
      className="taint-table"
      rowClassName="taint-row"
      texts={{
        add: t('inspectorFields.taints.add'),
        remove: ({ key }) => t('inspectorFields.taints.remove', { key }),
      }}
      extraCells={(row, change) => (
        <select
          data-testid="taint-effect"
          aria-label={t('inspectorFields.labels.effect')}
          value={row.effect}
          onChange={(e) => change({ effect: e.target.value as TaintRow['effect'] })}
        >
          {EFFECTS.map((effect) => (
            <option key={effect} value={effect}>
              {optionText(t, 'effect', effect)}
            </option>
          ))}
        </select>
      )}
    />
  );
}

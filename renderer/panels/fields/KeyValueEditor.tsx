/** Rows of key and value inputs for a string map (labels, tags, a selector's labels). */
import { useTranslation } from 'react-i18next';
import { mapFromRows, rowsFromMap, type KeyValueRow } from './rows.js';
import { keyValueColumns, RowsEditor } from './RowsEditor.js';

interface Props {
  value: Readonly<Record<string, string>> | undefined;
  onCommit: (value: Record<string, string>) => void;
  /** Accessible name of the table (the field's label). */
  label: string;
}

export function KeyValueEditor({ value, onCommit, label }: Props) {
  const { t } = useTranslation();
  return (
    <RowsEditor<KeyValueRow, Readonly<Record<string, string>>>
      value={value}
      onCommit={onCommit}
      label={label}
      rowsOf={rowsFromMap}
      parse={mapFromRows}
      emptyValue={{}}
      newRow={() => ({ key: '', value: '' })}
      columns={keyValueColumns({ key: t('inspectorFields.keyValue.key'), value: t('inspectorFields.keyValue.value') })}
      testIdPrefix="kv"
      texts={{
        add: t('inspectorFields.keyValue.addRow'),
        remove: ({ key }) => t('inspectorFields.keyValue.removeRow', { key }),
        empty: t('inspectorFields.keyValue.empty'),
      }}
    />
  );
}

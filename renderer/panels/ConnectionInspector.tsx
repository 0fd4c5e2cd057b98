/**
 * The inspector for one selected connection: its kind, its two ends (each a way to select that part), its
 * label (saved as one undo step when the field is left) and Delete.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONNECTION_LABEL_MAX, deleteConnections, labelConnection } from '../../shared/editor/commands.js';
import { CONNECTION_LOOKS, connectionKind } from '../../shared/model/connection-kinds.js';
import type { Connection, Design } from '../../shared/model/design.js';
import { PartIcon } from '../flow/icons.js';
import { store } from '../store/app-store.js';

function End({ role, id, design }: { role: 'from' | 'to'; id: string; design: Design }) {
  const { t } = useTranslation();
  const part = design.parts.find((p) => p.id === id);
  return (
    <div className="field">
      <span className="field-label">{t(`connections.inspector.${role}`)}</span>
      {part ? (
        <button
          type="button"
          className="connection-end"
          data-testid={`connection-${role}`}
          data-part-id={part.id}
          title={t('connections.inspector.selectEnd', { name: part.name })}
          // Selecting the part and centring it, as a click on a problem does.
          onClick={() => store.focusFinding([part.id])}
        >
          <PartIcon kind={part.kind} size={18} />
          <span className="connection-end-name">{part.name}</span>
          <span className="connection-end-kind">{t(`kinds.${part.kind}`)}</span>
        </button>
      ) : (
        <span>{id}</span>
      )}
    </div>
  );
}

/** The label drawn on the line ("HTTPS :443", "/api"); Enter or leaving the field saves it, Escape puts it back. */
function LabelField({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  const [label, setLabel] = useState(connection.label);
  const [shown, setShown] = useState(connection);
  if (shown !== connection) {
    // Another connection, or this one changed elsewhere (undo): show its current label.
    setShown(connection);
    setLabel(connection.label);
  }
  const commit = () => {
    if (label !== connection.label) store.editor.apply((d) => labelConnection(d, connection.id, label));
  };
  return (
    <div className="field">
      <label htmlFor="connection-label" className="field-label">
        {t('connections.inspector.label')}
      </label>
      <input
        id="connection-label"
        data-testid="connection-label"
        value={label}
        maxLength={CONNECTION_LABEL_MAX}
        placeholder={t('connections.inspector.labelPlaceholder')}
        onChange={(e) => setLabel(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLElement).blur();
          if (e.key === 'Escape') setLabel(connection.label);
        }}
      />
    </div>
  );
}

export function ConnectionInspector({ connection, design }: { connection: Connection; design: Design }) {
  const { t } = useTranslation();
  const from = design.parts.find((p) => p.id === connection.from);
  const to = design.parts.find((p) => p.id === connection.to);
  const kind = from && to ? connectionKind(from.kind, to.kind) : undefined;
  const look = kind ? CONNECTION_LOOKS[kind] : undefined;
  const remove = () => {
    store.editor.apply((d) => deleteConnections(d, [connection.id]));
    store.editor.select([]);
  };
  return (
    <div className="inspector-form connection-inspector" data-inspected-connection-id={connection.id}>
      <div className="inspector-head">
        <svg width="28" height="12" aria-hidden="true">
          <line
            x1="1"
            y1="6"
            x2="27"
            y2="6"
            stroke={look?.color ?? 'currentColor'}
            strokeWidth="3"
            strokeDasharray={look?.dash || undefined}
          />
        </svg>
        <span>{t('connections.inspector.heading')}</span>
      </div>
      <div className="field">
        <span className="field-label">{t('connections.inspector.kind')}</span>
        <span data-testid="connection-kind" data-kind={kind ?? ''}>
          {look ? t(look.labelKey) : '—'}
        </span>
      </div>
      <End role="from" id={connection.from} design={design} />
      <End role="to" id={connection.to} design={design} />
      <LabelField connection={connection} />
      <button type="button" className="connection-delete" data-testid="connection-delete" onClick={remove}>
        {t('connections.inspector.delete')}
      </button>
    </div>
  );
}

/** Edits the selected part: name, properties (a form generated from the kind's schema) and note. */
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updatePart } from '../../shared/editor/commands.js';
import { PROPS_SCHEMAS, type Part } from '../../shared/model/parts.js';
import { PartIcon } from '../flow/icons.js';
import { store, useAppState } from '../store/app-store.js';
import { FieldEditor } from './FieldEditor.js';
import { FieldContext, type FieldContextValue } from './fields/context.js';
import { messageFor, type FieldMessage } from './fields/field-text.js';
import { sameExceptPosition } from './same-except-position.js';
import { fieldAt, fieldsOf } from './schema-fields.js';
import { ConnectionInspector } from './ConnectionInspector.js';
import { DesignSuppressions, PartSuppressions } from './InspectorSuppressions.js';

function setIn(obj: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path;
  const copy = { ...obj };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head!];
    else copy[head!] = value;
  } else copy[head!] = setIn((obj[head!] ?? {}) as Record<string, unknown>, rest, value);
  return copy;
}

/** The part's name or note, edited as text and saved when the field loses focus. */
function PartTextField({ part, field, label }: { part: Part; field: 'name' | 'note'; label: string }) {
  const [text, setText] = useState(part[field]);
  const [shown, setShown] = useState(part);
  if (shown !== part) {
    // A different part, or this one changed elsewhere (undo): show its current value.
    setShown(part);
    setText(part[field]);
  }
  const commit = () => {
    if (text !== part[field]) store.editor.apply((d) => updatePart(d, part.id, { [field]: text }));
  };
  const id = `inspector-${field}`;
  const common = { id, 'data-testid': id, value: text, onBlur: commit };
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {field === 'note' ? (
        <textarea {...common} rows={4} onChange={(e) => setText(e.target.value)} />
      ) : (
        <input
          {...common}
          maxLength={200}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
      )}
    </div>
  );
}

function PartFormImpl({ part }: { part: Part }) {
  const { t } = useTranslation();
  const fields = useMemo(() => fieldsOf(PROPS_SCHEMAS[part.kind]), [part.kind]);
  const [errors, setErrors] = useState<ReadonlyMap<string, FieldMessage>>(new Map());
  const [shown, setShown] = useState(part);
  if (shown !== part) {
    // A different part: the refused values shown were the other part's.
    setShown(part);
    if (shown.id !== part.id) setErrors(new Map());
  }

  const commitProp = (path: string, value: unknown) => {
    const next = setIn(part.props as Record<string, unknown>, path.split('.'), value);
    const parsed = PROPS_SCHEMAS[part.kind].safeParse(next);
    if (!parsed.success) {
      // Shown under the edited field, in the user's language, from the bounds of the field the issue names.
      const issue = parsed.error.issues[0]!;
      const message = messageFor(fieldAt(fields, issue.path as (string | number)[]), issue);
      setErrors((old) => new Map(old).set(path, message));
      return;
    }
    // Only this field's message goes: another field's refused value is still not saved and keeps saying so.
    setErrors((old) => {
      if (!old.has(path)) return old;
      const next = new Map(old);
      next.delete(path);
      return next;
    });
    store.editor.apply((d) => updatePart(d, part.id, { props: next }));
  };
  const context: FieldContextValue = { part, errors, commit: commitProp };

  return (
    <div className="inspector-form" data-inspected-part-id={part.id}>
      <div className="inspector-head">
        <PartIcon kind={part.kind} />
        <span>{t(`kinds.${part.kind}`)}</span>
      </div>
      <PartTextField part={part} field="name" label={t('inspector.name')} />
      <h3>{t('inspector.props')}</h3>
      <FieldContext.Provider value={context}>
        {fields.map((f) => (
          <FieldEditor
            key={`${part.id}-${f.key}`}
            field={f}
            value={(part.props as Record<string, unknown>)[f.key]}
            path={f.key}
          />
        ))}
      </FieldContext.Provider>
      <PartTextField part={part} field="note" label={t('inspector.note')} />
    </div>
  );
}

const PartForm = memo(PartFormImpl, (prev, next) => sameExceptPosition(prev.part, next.part));

export function Inspector() {
  const { t } = useTranslation();
  const design = useAppState((s) => s.design);
  const selection = useAppState((s) => s.selection);
  const parts = design.parts.filter((p) => selection.includes(p.id));
  // A lone selected connection (selection holds part and connection ids alike) gets its own panel.
  const connection = selection.length === 1 ? design.connections.find((c) => c.id === selection[0]) : undefined;
  return (
    <section className="inspector" data-testid="inspector" aria-label={t('inspector.title')}>
      <h2>{t('inspector.title')}</h2>
      {connection && <ConnectionInspector connection={connection} design={design} />}
      {parts.length === 0 && !connection && <p className="hint">{t('inspector.empty')}</p>}
      {parts.length === 0 && !connection && <DesignSuppressions />}
      {parts.length === 1 && <PartForm part={parts[0]!} />}
      {parts.length === 1 && <PartSuppressions part={parts[0]!} />}
      {parts.length > 1 && <p className="hint">{t('inspector.many', { count: parts.length })}</p>}
    </section>
  );
}

/** One form field of the inspector. Text-like fields commit on blur or Enter; others on change. */
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field } from './schema-fields.js';

export interface FieldProps {
  field: Field;
  value: unknown;
  path: string;
  errors: ReadonlyMap<string, string>;
  /** Commit a new value (undefined removes an optional field); returns an error message or null. */
  onCommit: (path: string, value: unknown) => void;
}

function toText(field: Field, value: unknown): string {
  if (value === undefined) return '';
  if (field.type === 'list') return Array.isArray(value) ? value.join(', ') : '';
  if (field.type === 'json') return JSON.stringify(value, null, 1);
  return String(value);
}

function Label({ field, path }: { field: Field; path: string }) {
  const { t } = useTranslation();
  return (
    <label htmlFor={`f-${path}`} className="field-label">
      {t(`fields.${field.key}`, { defaultValue: field.key })}
    </label>
  );
}

export function FieldEditor({ field, value, path, errors, onCommit }: FieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => toText(field, value));
  const [localError, setLocalError] = useState<string | null>(null);
  useEffect(() => {
    setText(toText(field, value));
    setLocalError(null);
  }, [field, value]);
  const error = localError ?? errors.get(path) ?? null;
  const id = `f-${path}`;
  const testId = `field-${path}`;

  if (field.type === 'object') {
    const obj = (value ?? {}) as Record<string, unknown>;
    return (
      <fieldset className="field-group">
        <legend>{t(`fields.${field.key}`, { defaultValue: field.key })}</legend>
        {field.fields.map((f) => (
          <FieldEditor key={f.key} field={f} value={obj[f.key]} path={`${path}.${f.key}`} errors={errors} onCommit={onCommit} />
        ))}
      </fieldset>
    );
  }
  if (field.type === 'boolean') {
    return (
      <div className="field field-check">
        <input
          id={id}
          data-testid={testId}
          type="checkbox"
          checked={value === true}
          onChange={(e) => onCommit(path, e.target.checked)}
        />
        <Label field={field} path={path} />
        {error && <div className="field-error">{error}</div>}
      </div>
    );
  }
  if (field.type === 'enum') {
    return (
      <div className="field">
        <Label field={field} path={path} />
        <select
          id={id}
          data-testid={testId}
          value={String(value ?? '')}
          onChange={(e) => onCommit(path, e.target.value || undefined)}
        >
          {field.optional && <option value="" />}
          {field.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
        {error && <div className="field-error">{error}</div>}
      </div>
    );
  }

  const commit = () => {
    if (text === toText(field, value)) return;
    if (text.trim() === '' && field.optional) return onCommit(path, undefined);
    if (field.type === 'number') return onCommit(path, text.trim() === '' ? Number.NaN : Number(text));
    if (field.type === 'list')
      return onCommit(
        path,
        text
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
    if (field.type === 'json') {
      try {
        return onCommit(path, JSON.parse(text));
      } catch {
        return setLocalError(t('inspector.invalidJson'));
      }
    }
    onCommit(path, text);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && field.type !== 'json') (e.target as HTMLElement).blur();
  };
  return (
    <div className="field">
      <Label field={field} path={path} />
      {field.type === 'json' ? (
        <textarea id={id} data-testid={testId} value={text} rows={3} onChange={(e) => setText(e.target.value)} onBlur={commit} />
      ) : (
        <input
          id={id}
          data-testid={testId}
          type={field.type === 'number' ? 'number' : 'text'}
          value={text}
          placeholder={field.type === 'list' ? t('inspector.listHint') : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={onKey}
        />
      )}
      {error && (
        <div className="field-error" data-testid="field-error">
          {error}
        </div>
      )}
    </div>
  );
}

/** The frame every inspector field shares: its translated label, the control, and its inline message. */
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldContext } from './context.js';
import { labelKey } from './field-text.js';

/** The translated label of a field of the part being edited. */
export function useFieldLabel(key: string): string {
  const { t } = useTranslation();
  const { part } = useFieldContext();
  const i18nKey = labelKey(part.kind, key);
  return i18nKey ? t(i18nKey) : key;
}

/** The translated message for a refused value at `path`, if any. */
export function useFieldError(path: string, label: string): string | null {
  const { t } = useTranslation();
  const message = useFieldContext().errors.get(path);
  return message ? t(message.key, { ...message.params, label }) : null;
}

export function FieldErrorText({ text, id }: { text: string | null; id?: string }) {
  // A new message scrolls into view: the inspector is often scrolled so that the field sits at its bottom edge.
  const show = useCallback((el: HTMLDivElement | null) => el?.scrollIntoView({ block: 'nearest' }), []);
  if (!text) return null;
  return (
    <div className="field-error" data-testid="field-error" id={id} role="alert" ref={show}>
      {text}
    </div>
  );
}

/** A single control with a <label for>. */
export function FieldShell({ fieldKey, path, children }: { fieldKey: string; path: string; children: ReactNode }) {
  const label = useFieldLabel(fieldKey);
  const error = useFieldError(path, label);
  return (
    <div className="field" data-field-path={path}>
      <label htmlFor={`f-${path}`} className="field-label">
        {label}
      </label>
      {children}
      <FieldErrorText text={error} />
    </div>
  );
}

/** Several controls under one legend (checkbox lists, tables, groups). */
export function FieldSet({
  fieldKey,
  path,
  children,
  className,
}: {
  fieldKey: string;
  path: string;
  children: ReactNode;
  className?: string;
}) {
  const label = useFieldLabel(fieldKey);
  const error = useFieldError(path, label);
  return (
    <fieldset className={`field field-set ${className ?? ''}`} data-field-path={path} data-testid={`field-${path}`}>
      <legend className="field-label">{label}</legend>
      {children}
      <FieldErrorText text={error} />
    </fieldset>
  );
}

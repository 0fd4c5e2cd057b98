/**
 * What a field editor needs to know besides its own value: the part being edited. Editors that need the
 * design around it (subnets, the cluster's Region) select just that from the store, so moving parts on the
 * canvas does not redraw the form.
 */
import { createContext, useContext } from 'react';
import type { Part } from '../../../shared/model/parts.js';
import type { FieldMessage } from './field-text.js';

export interface FieldContextValue {
  part: Part;
  /** Messages for values the schema refused, by props path ("hpa.minReplicas"). */
  errors: ReadonlyMap<string, FieldMessage>;
  /** Saves a new value at a props path (undefined removes an optional field). */
  commit: (path: string, value: unknown) => void;
}

export const FieldContext = createContext<FieldContextValue | null>(null);

export function useFieldContext(): FieldContextValue {
  const ctx = useContext(FieldContext);
  if (!ctx) throw new Error('a field editor outside the inspector');
  return ctx;
}

/**
 * Reads a kind's zod props schema into a list of form fields, so the inspector's forms follow the
 * model without a form per kind. Unknown shapes fall back to a JSON editor.
 */
import type { z } from 'zod';

export type Field =
  | { key: string; type: 'string' | 'number' | 'boolean'; optional: boolean }
  | { key: string; type: 'enum'; options: string[]; optional: boolean }
  | { key: string; type: 'list'; optional: boolean }
  | { key: string; type: 'object'; fields: Field[]; optional: boolean }
  | { key: string; type: 'json'; optional: boolean };

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
  shape?: Record<string, z.ZodType>;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(s: z.ZodType): { schema: z.ZodType; optional: boolean } {
  let schema = s;
  let optional = false;
  for (let d = defOf(schema); d.type === 'default' || d.type === 'optional' || d.type === 'prefault'; d = defOf(schema)) {
    if (d.type === 'optional') optional = true;
    schema = d.innerType!;
  }
  return { schema, optional };
}

function fieldOf(key: string, s: z.ZodType): Field {
  const { schema, optional } = unwrap(s);
  const d = defOf(schema);
  switch (d.type) {
    case 'string':
    case 'number':
    case 'boolean':
      return { key, type: d.type, optional };
    case 'enum':
      return { key, type: 'enum', options: Object.values(d.entries ?? {}), optional };
    case 'array': {
      const el = defOf(unwrap(d.element!).schema);
      return el.type === 'string' || el.type === 'enum' ? { key, type: 'list', optional } : { key, type: 'json', optional };
    }
    case 'object':
      return { key, type: 'object', fields: fieldsOf(schema), optional };
    default:
      return { key, type: 'json', optional };
  }
}

/** Fields of an object schema; `extra` (fields the canvas does not model) is left to the file. */
export function fieldsOf(schema: z.ZodType): Field[] {
  const shape = defOf(schema).shape ?? {};
  return Object.entries(shape)
    .filter(([key]) => key !== 'extra')
    .map(([key, s]) => fieldOf(key, s));
}

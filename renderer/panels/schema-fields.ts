/**
 * Reads a kind's zod props schema into a list of form fields, so the inspector's forms follow the
 * model without a form per kind. Unknown shapes fall back to a JSON editor.
 */
import type { z } from 'zod';

interface Base {
  key: string;
  optional: boolean;
}
export type Field =
  | (Base & { type: 'string' | 'boolean' })
  | (Base & { type: 'number'; integer: boolean; min: number | undefined; max: number | undefined })
  | (Base & { type: 'enum'; options: string[] })
  /** An array of strings; `options` when its items are an enum. */
  | (Base & { type: 'list'; options: string[] | undefined; minItems: number | undefined })
  /** A string-to-string record (labels, tags). */
  | (Base & { type: 'map' })
  | (Base & { type: 'object'; fields: Field[]; schema: z.ZodType })
  /** An array of objects (taints, Fargate selectors). */
  | (Base & { type: 'objectList'; fields: Field[] })
  | (Base & { type: 'json' });

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string>;
  shape?: Record<string, z.ZodType>;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Fields the canvas does not model (`extra`) and import bookkeeping (`eksctlOrigin`): never shown. */
export const HIDDEN_FIELDS: ReadonlySet<string> = new Set(['extra', 'eksctlOrigin']);

function unwrap(s: z.ZodType): { schema: z.ZodType; optional: boolean } {
  let schema = s;
  let optional = false;
  for (
    let d = defOf(schema);
    d.type === 'default' || d.type === 'optional' || d.type === 'prefault' || d.type === 'nullable';
    d = defOf(schema)
  ) {
    // A nullable value (a VPC's NAT gateway, unknown for an imported existing VPC) shows as one not set.
    if (d.type === 'optional' || d.type === 'nullable') optional = true;
    schema = d.innerType!;
  }
  return { schema, optional };
}

/** The `.min(n)` of an array schema, read from its checks. */
function minLengthOf(schema: z.ZodType): number | undefined {
  const checks = (defOf(schema) as Def & { checks?: { _zod: { def: { check: string; minimum?: number } } }[] }).checks ?? [];
  return checks.map((c) => c._zod.def).find((c) => c.check === 'min_length')?.minimum;
}

function fieldOf(key: string, s: z.ZodType): Field {
  const { schema, optional } = unwrap(s);
  const d = defOf(schema);
  switch (d.type) {
    case 'string':
    case 'boolean':
      return { key, type: d.type, optional };
    case 'number': {
      const n = schema as z.ZodNumber;
      const finite = (v: number | null) =>
        v === null || !Number.isFinite(v) || Math.abs(v) >= Number.MAX_SAFE_INTEGER ? undefined : v;
      return { key, type: 'number', optional, integer: n.isInt, min: finite(n.minValue), max: finite(n.maxValue) };
    }
    case 'enum':
      return { key, type: 'enum', options: Object.values(d.entries ?? {}), optional };
    case 'array': {
      const element = unwrap(d.element!).schema;
      const el = defOf(element);
      const minItems = minLengthOf(schema);
      if (el.type === 'string') return { key, type: 'list', options: undefined, minItems, optional };
      if (el.type === 'enum') return { key, type: 'list', options: Object.values(el.entries ?? {}), minItems, optional };
      if (el.type === 'object') return { key, type: 'objectList', fields: fieldsOf(element), optional };
      return { key, type: 'json', optional };
    }
    case 'record':
      return defOf(unwrap(d.valueType!).schema).type === 'string'
        ? { key, type: 'map', optional }
        : { key, type: 'json', optional };
    case 'object':
      return { key, type: 'object', fields: fieldsOf(schema), schema, optional };
    default:
      return { key, type: 'json', optional };
  }
}

/** The fields of an object schema that the inspector shows. */
export function fieldsOf(schema: z.ZodType): Field[] {
  const shape = defOf(schema).shape ?? {};
  return Object.entries(shape)
    .filter(([key]) => !HIDDEN_FIELDS.has(key))
    .map(([key, s]) => fieldOf(key, s));
}

/** Every field of a form, groups' fields included, depth first. */
export function allFields(fields: readonly Field[]): Field[] {
  return fields.flatMap((f) => (f.type === 'object' || f.type === 'objectList' ? [f, ...allFields(f.fields)] : [f]));
}

/** The field a props path ("hpa.minReplicas", "taints.0.key") names, or the deepest field along it. */
export function fieldAt(fields: readonly Field[], path: readonly (string | number)[]): Field | undefined {
  const [head, ...rest] = path;
  const field = fields.find((f) => f.key === head);
  if (!field || rest.length === 0) return field;
  if (field.type === 'object') return fieldAt(field.fields, rest) ?? field;
  if (field.type === 'objectList')
    return (typeof rest[0] === 'number' ? fieldAt(field.fields, rest.slice(1)) : undefined) ?? field;
  return field;
}

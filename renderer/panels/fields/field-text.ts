/**
 * Which translated text the inspector shows for a field: its label (with units, per kind where the same
 * key means something else), an enum value's gloss, and the message for a value the schema refused.
 * Messages say what to enter, built from the field's own bounds, never zod's English text.
 */
import type { PartKind } from '../../../shared/model/parts.js';
import { inspectorEn } from '../../i18n/areas/inspector.js';
import type { Field } from '../schema-fields.js';

const AREA = 'inspectorFields';

/** Field labels by kind, as the kind modules give them (`inspectorFields.kindLabels`). */
export type KindFieldLabels = Readonly<Record<string, Readonly<Record<string, string>> | undefined>>;

/**
 * The i18n key of a field's label for a kind, or undefined when the tables have none: the kind's own label
 * (its kind module), else the label of a structure several kinds share. `kindLabels` is the registry's
 * unless a test passes an extended one.
 */
export function labelKey(
  kind: PartKind | (string & {}),
  key: string,
  kindLabels: KindFieldLabels = inspectorEn.kindLabels,
): string | undefined {
  const byKind = kindLabels[kind];
  if (byKind && key in byKind) return `${AREA}.kindLabels.${kind}.${key}`;
  if (key in inspectorEn.labels) return `${AREA}.labels.${key}`;
  return undefined;
}

/**
 * The i18n key of the gloss of an enum value ("SPOT" -> "Spot"), or undefined when the tables have none
 * (field-text.test.ts requires one for every value of every part kind's schema).
 */
export function optionKey(fieldKey: string, value: string): string | undefined {
  const glosses = (inspectorEn.options as Record<string, Record<string, string> | undefined>)[fieldKey];
  return glosses && value in glosses ? `${AREA}.options.${fieldKey}.${value}` : undefined;
}

type Translate = (key: string, params?: Record<string, string>) => string;

/**
 * An enum value as the inspector shows it: the gloss in the UI language with the value AWS writes beside
 * it, 「オンデマンド（ON_DEMAND）」 / "On-Demand (ON_DEMAND)"; the bare value when it has no gloss.
 */
export function optionText(t: Translate, fieldKey: string, value: string): string {
  const key = optionKey(fieldKey, value);
  return key ? t(`${AREA}.optionWithValue`, { gloss: t(key), value }) : value;
}

export interface FieldMessage {
  /** i18n key of the message; its text takes {{label}} and the params. */
  key: string;
  params: Record<string, number | string>;
}

/** What to enter in a number field, from its bounds: "a whole number of 1 or more". */
export function numberMessage(field: Extract<Field, { type: 'number' }>): FieldMessage {
  const kind = field.integer ? 'wholeNumber' : 'number';
  const { min, max } = field;
  if (min !== undefined && max !== undefined) return { key: `${AREA}.messages.${kind}Range`, params: { min, max } };
  if (min !== undefined) return { key: `${AREA}.messages.${kind}Min`, params: { min } };
  if (max !== undefined) return { key: `${AREA}.messages.${kind}Max`, params: { max } };
  return { key: `${AREA}.messages.${kind}`, params: {} };
}

/** The subset of a zod issue the messages need. */
export interface IssueLike {
  code: string;
  minimum?: number | bigint;
  origin?: string;
}

/** The message for a value `field` refused with `issue` (the field is the deepest one along the issue's path). */
export function messageFor(field: Field | undefined, issue: IssueLike): FieldMessage {
  if (field?.type === 'number') return numberMessage(field);
  if (field?.type === 'enum' || issue.code === 'invalid_value') return { key: `${AREA}.messages.chooseOption`, params: {} };
  if (issue.code === 'too_small' && issue.origin === 'array')
    return { key: `${AREA}.messages.chooseAtLeast`, params: { min: Number(issue.minimum ?? 1) } };
  if (issue.code === 'too_small' || (issue.code === 'invalid_type' && field?.type === 'string'))
    return { key: `${AREA}.messages.required`, params: {} };
  return { key: `${AREA}.messages.invalid`, params: {} };
}

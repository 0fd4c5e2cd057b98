/**
 * The second Kubernetes oracle: which fields each Kubernetes version's OpenAPI spec has, for the object types the
 * manifests generator writes (test-support/kubernetes-openapi/fields.json, from the official JavaScript client's
 * models of each version; see its NOTICE.md). kubernetes-models (kubernetes-oracles.ts) checks enums and formats
 * against one spec (1.33) and lets unknown fields through; this turns the fields of the target version into a
 * strict JSON Schema (no unknown field, types, required fields) and validates with Ajv, so a field a version does
 * not have, or a misspelt one, fails for that version.
 *
 * Versions the file lacks a client for (1.31, 1.35) get the fields both neighbours have: a field in the spec of
 * 1.30 and of 1.32 is in 1.31's (the API conventions never remove a field and bring it back). Versions outside the
 * file's range get no check here (kubernetes-versions.test.ts covers older ones by hand).
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import type { KubeObject } from '../shared/manifests/types.js';

interface Variant {
  type: string;
  required?: true;
  versions?: string[];
}

interface FieldsFile {
  versions: string[];
  roots: Record<string, string>;
  types: Record<string, Record<string, Variant[]>>;
}

const FILE = JSON.parse(readFileSync(new URL('kubernetes-openapi/fields.json', import.meta.url), 'utf8')) as FieldsFile;

/** The Kubernetes versions whose spec the file has, oldest first. */
export const SPEC_VERSIONS: readonly string[] = FILE.versions;
/** apiVersion/kind -> model name, for every kind the file covers. */
export const SPEC_ROOTS: Readonly<Record<string, string>> = FILE.roots;

function minor(v: string): number {
  return Number(v.split('.')[1]);
}

/** The versions whose spec decides `version`: itself, or the two neighbours; undefined outside the range. */
export function specVersionsFor(version: string): string[] | undefined {
  if (!/^1\.\d+$/.test(version)) return undefined;
  if (SPEC_VERSIONS.includes(version)) return [version];
  const lower = SPEC_VERSIONS.filter((v) => minor(v) < minor(version)).at(-1);
  const upper = SPEC_VERSIONS.find((v) => minor(v) > minor(version));
  return lower && upper ? [lower, upper] : undefined;
}

/** JSON Schema for one client type string. */
function typeSchema(type: string): object {
  const array = /^Array<(.+)>$/.exec(type);
  if (array) return { type: 'array', items: typeSchema(array[1]!) };
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) return { type: 'object', additionalProperties: typeSchema(map[1]!) };
  switch (type) {
    case 'string':
    case 'Date':
      return { type: 'string' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'IntOrString':
      return { type: ['string', 'integer'] };
    case 'any':
    case 'object':
      return {};
    default:
      if (!FILE.types[type]) throw new Error(`fields.json: no type ${type}`);
      return { $ref: `#/definitions/${type}` };
  }
}

/**
 * The strict JSON Schema of every type the file has, with the fields all the given spec versions have (a field
 * whose required flag differs between them counts as optional; its type is the oldest version's).
 */
function definitions(versions: string[]): Record<string, object> {
  const variantIn = (variants: Variant[], v: string) => variants.find((x) => x.versions === undefined || x.versions.includes(v));
  return Object.fromEntries(
    Object.entries(FILE.types).map(([name, fields]) => {
      const properties: Record<string, object> = {};
      const required: string[] = [];
      for (const [field, variants] of Object.entries(fields)) {
        const found = versions.map((v) => variantIn(variants, v));
        if (found.some((f) => f === undefined)) continue;
        properties[field] = typeSchema(found[0]!.type);
        if (found.every((f) => f!.required)) required.push(field);
      }
      return [name, { type: 'object', properties, required, additionalProperties: false }];
    }),
  );
}

/** One Ajv per spec-version set: the definitions are compiled once and shared by every root kind. */
const specs = new Map<string, Ajv>();
const validators = new Map<string, ValidateFunction>();

function validatorFor(versions: string[], root: string): ValidateFunction {
  const id = `kubernetes-${versions.join('+')}`;
  const key = `${id} ${root}`;
  let v = validators.get(key);
  if (!v) {
    let ajv = specs.get(id);
    if (!ajv) {
      ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
      ajv.addSchema({ $id: id, definitions: definitions(versions) });
      specs.set(id, ajv);
    }
    v = ajv.getSchema(`${id}#/definitions/${root}`)!;
    validators.set(key, v);
  }
  return v;
}

/**
 * Problems of `object` against the spec of Kubernetes `version` ([] when valid, or when the file does not cover
 * that version or kind), each naming the object, the path and the version.
 */
export function specFieldProblems(version: string, object: KubeObject): string[] {
  const versions = specVersionsFor(version);
  const root = SPEC_ROOTS[`${object.apiVersion}/${object.kind}`];
  if (!versions || !root) return [];
  const where = `${object.apiVersion}/${object.kind} ${object.metadata.namespace ?? ''}/${object.metadata.name}`;
  const validate = validatorFor(versions, root);
  if (validate(object)) return [];
  return (validate.errors ?? []).map((e) => {
    const extra = (e.params as { additionalProperty?: string }).additionalProperty;
    const detail = extra ? `has no field "${extra}"` : (e.message ?? '');
    return `${where}: Kubernetes ${version}: ${e.instancePath || '/'} ${detail}`;
  });
}

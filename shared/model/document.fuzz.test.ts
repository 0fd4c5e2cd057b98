/**
 * The design loader fuzzed the way the importer is (shared/import/import-property.test.ts): random text,
 * every truncation of a real template, random edits of its text and of its values, hostile documents
 * (deep nesting, prototype keys, 20 MB, NUL bytes, a byte order mark, bytes that are not UTF-8). Each
 * one either loads as a design that saves back to the same bytes, or is refused with a DesignFileError
 * whose message says where (line and column, or the field path) and why. Nothing else is ever thrown,
 * and Object.prototype is never touched.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import apiBackend from '../../templates/api-backend.json' with { type: 'json' };
import batchProcessing from '../../templates/batch-processing.json' with { type: 'json' };
import hybridCloud from '../../templates/hybrid-cloud.json' with { type: 'json' };
import machineLearning from '../../templates/machine-learning.json' with { type: 'json' };
import microservices from '../../templates/microservices.json' with { type: 'json' };
import webApplication from '../../templates/web-application.json' with { type: 'json' };
import { CURRENT_SCHEMA_VERSION, DESIGN_FORMAT } from './design.js';
import { MAX_DESIGN_FILE_BYTES, parseDesignText, parseDesignValue, serializeDesign } from './document.js';
import { DesignFileError } from './errors.js';
import { findJsonPathOffset, findJsonSyntaxProblem } from './json-locate.js';

const TEMPLATES = [apiBackend, batchProcessing, hybridCloud, machineLearning, microservices, webApplication].map((raw) =>
  serializeDesign(parseDesignValue(raw)),
);
const SMALLEST = TEMPLATES.reduce((a, b) => (b.length < a.length ? b : a));
/** The header field as SMALLEST has it: written with the lowest version that holds it (written-version.ts). */
const VERSION_FIELD = `"schemaVersion": ${(JSON.parse(SMALLEST) as { schemaVersion: number }).schemaVersion}`;

/** Control characters an error message must never print raw (a NUL in a dialog, an escape in a terminal). */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

type Outcome = { loaded: true } | { loaded: false; error: DesignFileError };

/** Loads `text`; checks the contract every outcome must meet and returns which one it was. */
function load(text: string): Outcome {
  let doc;
  try {
    doc = parseDesignText(text);
  } catch (err) {
    if (!(err instanceof DesignFileError)) throw err;
    expectExplained(err, text);
    return { loaded: false, error: err };
  }
  // Whatever loads is a real design: saving it and loading the saved bytes gives the same document.
  const saved = serializeDesign(doc);
  expect(parseDesignText(saved)).toEqual(doc);
  return { loaded: true };
}

/** The message says where and why, and quotes nothing unprintable. */
function expectExplained(err: DesignFileError, text: string): void {
  expect(err.message.length).toBeGreaterThan(10);
  expect(err.message).not.toMatch(RAW_CONTROL);
  switch (err.code) {
    case 'too-large':
      expect(err.message).toMatch(/larger than 20 MB/);
      break;
    case 'not-json':
      if (err.message === 'the file is empty') {
        expect(text.replace(/^\uFEFF/, '').trim()).toBe('');
        break;
      }
      expect(err.message).toMatch(/^not valid JSON at line \d+, column \d+: \S/);
      expect(err.location?.line).toBeGreaterThanOrEqual(1);
      break;
    case 'not-a-design':
      if (err.location?.path === undefined) {
        expect(err.message).toMatch(/expected an object/);
        break;
      }
      expect(err.message).toContain(`${err.location.path}: `);
      expect(err.location.line).toBeGreaterThanOrEqual(1);
      break;
    case 'newer-version':
      expect(err.location?.path).toBe('schemaVersion');
      expect(err.message).toMatch(/newer EKS Sandbox .* Update the app/);
      break;
    case 'invalid':
    case 'inconsistent':
      expect(err.location?.path).toBeTruthy();
      expect(err.message).toContain(`${err.location!.path}: `);
      expect(err.message).toMatch(/^line \d+: /);
      break;
  }
}

function refusal(text: string): DesignFileError {
  const outcome = load(text);
  if (outcome.loaded) throw new Error('expected the design to be refused');
  return outcome.error;
}

afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

describe('design loader on random input', () => {
  it('loads or explains random text, random JSON and random JSON values', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (t) => void load(t)),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (t) => void load(t)),
      { numRuns: 300 },
    );
    const headed = fc.record({ format: fc.constant(DESIGN_FORMAT), schemaVersion: fc.constant(1), design: fc.jsonValue() });
    fc.assert(
      fc.property(headed, (doc) => void load(JSON.stringify(doc))),
      { numRuns: 300 },
    );
  });

  it('loads or explains random bytes, decoded as the app would show them', () => {
    const decoder = new TextDecoder('utf-8');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => void load(decoder.decode(bytes))),
      { numRuns: 300 },
    );
    // Invalid UTF-8 spliced into a real file: either a refusal or a design whose text holds U+FFFD.
    const template = new TextEncoder().encode(SMALLEST);
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88]), (at, bad) => {
        const i = at % template.length;
        load(decoder.decode(new Uint8Array([...template.subarray(0, i), ...bad, ...template.subarray(i)])));
      }),
      { numRuns: 200 },
    );
  });
});

describe('design loader on damaged templates', () => {
  it('every truncation of a template is refused as cut off, at the line and column where it ends', () => {
    const text = SMALLEST;
    const body = text.trimEnd();
    for (let length = 0; length < body.length; length++) {
      const prefix = text.slice(0, length);
      const err = refusal(prefix);
      if (prefix.trim() === '') {
        expect(err.message).toBe('the file is empty');
        continue;
      }
      expect(err.message).toMatch(/cut off/);
      // The reported place is the end of the text, or the opening quote of the text value left open.
      const lines = prefix.split('\n');
      const end = { line: lines.length, column: lines.at(-1)!.length + 1 };
      if (!/not closed/.test(err.message)) expect(err.location).toMatchObject(end);
      else expect(err.location!.line).toBeLessThanOrEqual(end.line);
    }
    expect(load(body)).toEqual({ loaded: true });
  });

  it('sampled truncations of every template are refused too', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATES), fc.nat(), (text, n) => {
        const body = text.trimEnd();
        expect(refusal(body.slice(0, n % body.length)).code).toBe('not-json');
      }),
      { numRuns: 300 },
    );
  });

  it('random edits of a template text load or are explained', () => {
    const edit = fc.record({
      text: fc.constantFrom(...TEMPLATES),
      at: fc.nat(),
      cut: fc.nat(40),
      insert: fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\u0000', '\uFEFF', 'null', '1e999', '-', '"__proto__":{},'),
      ),
    });
    fc.assert(
      fc.property(edit, ({ text, at, cut, insert }) => {
        const i = at % (text.length + 1);
        load(text.slice(0, i) + insert + text.slice(i + cut));
      }),
      { numRuns: 600 },
    );
  });

  it('random value changes (wrong types, huge numbers, removed and unknown fields) load or name the field', () => {
    const hostileValue = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, -1, 0, 0.5, '', ' ', '10.0.0.0/8', 'x'.repeat(10_000), [], {}, null, true),
    );
    const change = fc.record({
      text: fc.constantFrom(...TEMPLATES),
      n: fc.nat(),
      how: fc.constantFrom('replace', 'delete', 'add-key'),
      value: hostileValue,
    });
    fc.assert(
      fc.property(change, ({ text, n, how, value }) => {
        const doc = JSON.parse(text) as unknown;
        const paths = valuePaths(doc).filter((p) => p.length > 0);
        const path = paths[n % paths.length]!;
        const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((v, k) => v[k] as never, doc as never);
        const key = path.at(-1)!;
        if (how === 'replace') parent[key] = value;
        else if (how === 'delete' && Array.isArray(parent)) parent.splice(key as number, 1);
        else if (how === 'delete') delete parent[key];
        else if (typeof parent[key] === 'object' && parent[key] !== null && !Array.isArray(parent[key]))
          (parent[key] as Record<string, unknown>)['unexpectedField'] = value;
        const outcome = load(JSON.stringify(doc, null, 2));
        if (!outcome.loaded && outcome.error.location?.path && outcome.error.code !== 'not-a-design') {
          // The named path exists in the document (or is the parent of a missing field).
          expect(outcome.error.location.path.startsWith('design') || outcome.error.location.path === 'schemaVersion').toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('design loader on hostile documents', () => {
  const withDesign = (patch: (doc: { design: Record<string, unknown> } & Record<string, unknown>) => void) => {
    const doc = JSON.parse(SMALLEST);
    patch(doc);
    return JSON.stringify(doc, null, 2);
  };

  it('explains every wrong schemaVersion, and a newer one asks for a newer app', () => {
    for (const v of ['0', '-1', '1.5', '-0', '1e400', '"1"', 'null', 'true', '[1]', '{"v": 1}']) {
      const err = refusal(SMALLEST.replace(VERSION_FIELD, `"schemaVersion": ${v}`));
      expect(err.message).toBe('line 3: schemaVersion: "schemaVersion" must be a whole number of 1 or more');
    }
    for (const v of [CURRENT_SCHEMA_VERSION + 1, 99, 2 ** 53 + 2, 1e20]) {
      expect(refusal(SMALLEST.replace(VERSION_FIELD, `"schemaVersion": ${v}`)).code).toBe('newer-version');
    }
    expect(refusal(withDesign((d) => delete d.schemaVersion)).location?.path).toBe('schemaVersion');
  });

  it('refuses 10,000 levels of nesting anywhere, naming where it gets too deep', () => {
    for (const [open, close] of [
      ['[', ']'],
      ['{"a":', '}'],
    ] as const) {
      const deep = `${open.repeat(10_000)}1${close.repeat(10_000)}`;
      expect(refusal(deep).message).toMatch(/nested too deeply/);
      const inside = SMALLEST.replace('"description": ', `"description": ${open.repeat(10_000)}1${close.repeat(10_000)}, "x": `);
      const err = refusal(inside);
      expect(err.message).toMatch(/^line 6: design\.description.*: the document is nested too deeply to be a design$/);
    }
  });

  it('refuses __proto__, constructor and prototype keys anywhere, without touching Object.prototype', () => {
    const paths = valuePaths(JSON.parse(SMALLEST)).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype'), (n, key) => {
        const path = paths[n % paths.length]!;
        // Insert the key into the object at (or holding) the chosen value.
        const doc = JSON.parse(SMALLEST) as Record<string, unknown>;
        let target = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], doc);
        let at = path;
        if (typeof target !== 'object' || target === null || Array.isArray(target)) {
          at = path.slice(0, -1);
          target = at.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], doc);
        }
        if (Array.isArray(target)) return;
        const marker = '"__marker__": 0';
        const text = JSON.stringify(doc, null, 2);
        const spliced = insertIntoObject(text, at, marker).replace(marker, `"${key}": { "polluted": true }`);
        const err = refusal(spliced);
        expect(err.message).toContain(`the key "${key}" is not allowed in a design file`);
        expect(err.location?.path?.endsWith(key)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses more than 20 MB before parsing, and an 18 MB array of numbers without running out of memory', () => {
    const tooBig = SMALLEST + ' '.repeat(MAX_DESIGN_FILE_BYTES);
    expect(refusal(tooBig).code).toBe('too-large');
    // Under the size cap but ten million values: this exhausted the heap before the walk kept only one
    // frame per open container.
    const numbers = `[${'0,'.repeat(9_000_000)}0]`;
    expect(numbers.length).toBeLessThan(MAX_DESIGN_FILE_BYTES);
    expect(refusal(numbers).message).toMatch(/^line 1: \[\d+\]: the document has too many values to be a design$/);
    // A real design padded to just under the cap still loads.
    const padded = SMALLEST.trimEnd() + ' '.repeat(MAX_DESIGN_FILE_BYTES - SMALLEST.length - 1);
    expect(load(padded)).toEqual({ loaded: true });
  }, 60_000);

  it('loads a file with a byte order mark and points at lines as an editor shows them', () => {
    expect(load(`\uFEFF${SMALLEST}`)).toEqual({ loaded: true });
    const version = `${VERSION_FIELD},`;
    const broken = `\uFEFF${SMALLEST.replace(version, `${version},`)}`;
    expect(refusal(broken).message).toBe(
      `not valid JSON at line 3, column 22: expected a field name in double quotes, found ','`,
    );
  });

  it('names NUL bytes and other control characters by code instead of printing them', () => {
    const err = refusal(SMALLEST.replace('"name": ', '"name": \u0000'));
    expect(err.message).toMatch(/^not valid JSON at line \d+, column \d+: unexpected character U\+0000/);
    const inString = refusal(SMALLEST.replace('"name": "', '"name": "\u0007'));
    expect(inString.message).toMatch(/character U\+0007 inside a text value must be written as an escape/);
  });
});

describe('JSON locator agrees with JSON.parse', () => {
  it('finds a syntax problem exactly when JSON.parse fails', () => {
    const jsonish = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.json({ maxDepth: 3 }),
      fc
        .tuple(
          fc.json({ maxDepth: 3 }),
          fc.nat(),
          fc.constantFrom('', ',', '"', '\\', '}', ']', '1', '.', 'e', '-', ' ', '\n', '\u0001'),
        )
        .map(([t, at, s]) => t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1))),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(findJsonSyntaxProblem(text) === undefined).toBe(parses);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the value at any path of any JSON document', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.nat(), fc.boolean(), (value, n, pretty) => {
        const text = pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
        const paths = valuePaths(value);
        const path = paths[n % paths.length]!;
        const sub = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
        const offset = findJsonPathOffset(text, path)!;
        const subText = pretty ? JSON.stringify(sub, null, 2) : JSON.stringify(sub);
        // Pretty output indents nested lines by depth; compare the first line only.
        expect(text.slice(offset).startsWith(subText.split('\n')[0]!)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

/** Every path in a JSON value, parents before children. */
function valuePaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => valuePaths(item, [...path, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const key of Object.keys(value)) valuePaths((value as Record<string, unknown>)[key], [...path, key], out);
  return out;
}

/** Adds `member` as the first member of the object at `path` in pretty-printed `text`. */
function insertIntoObject(text: string, path: readonly (string | number)[], member: string): string {
  const offset = findJsonPathOffset(text, path)!;
  expect(text[offset]).toBe('{');
  const empty = text[offset + 1] === '}';
  return `${text.slice(0, offset + 1)}${member}${empty ? '' : ','}${text.slice(offset + 1)}`;
}

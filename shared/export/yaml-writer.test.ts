import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { isPlainSafe, scalar, writeYaml } from './yaml-writer.js';

function readBack(text: string, version: '1.1' | '1.2'): unknown {
  const doc = parseDocument(text, { version, uniqueKeys: false });
  expect(doc.errors).toEqual([]);
  return doc.toJS();
}

/** Strings that YAML parsers like to turn into something else, and strings that must stay plain. */
const TRICKY = [
  'yes',
  'No',
  'ON',
  'off',
  'y',
  'N',
  '~',
  'null',
  'Null',
  'true',
  'FALSE',
  '1.30',
  '1.6.0',
  '0777',
  '1:30',
  '2026-01-01',
  '2026-01-01T00:00:00Z',
  '.inf',
  '-.5',
  '+1',
  '0x1F',
  '0b101',
  '0o17',
  '1_000',
  '1e3',
  '=',
  '<<',
  '- a',
  'a: b',
  '#x',
  '@x',
  '`x',
  '!x',
  '&x',
  '*x',
  '%x',
  '|',
  '>',
  '?',
  ' lead',
  'trail ',
  'a #b',
  '"q"',
  "'q'",
  '',
  '\n',
  'tab\there',
  'arn:aws:iam::aws:policy/x',
  '10.0.0.0/16',
  'subnet-0a',
  'k8s.io/x',
  'a:',
  ':a',
  'e0',
  'E5',
  'e+3',
  'é',
  '\u2028',
  '\u0085',
  '\ufeff',
];

const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...TRICKY)),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...TRICKY)), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('writeYaml', () => {
  it('reads back as the same value under YAML 1.1 and YAML 1.2', () => {
    fc.assert(
      fc.property(jsonish, (value) => {
        const text = writeYaml(value, { header: ['header'] });
        expect(readBack(text, '1.1')).toEqual(value);
        expect(readBack(text, '1.2')).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every tricky string a string', () => {
    const value = Object.fromEntries(TRICKY.map((s, i) => [`k${i}`, s]));
    const text = writeYaml({ values: value, keys: Object.fromEntries(TRICKY.map((s) => [s, s])) });
    for (const version of ['1.1', '1.2'] as const)
      expect(readBack(text, version)).toEqual({ values: value, keys: Object.fromEntries(TRICKY.map((s) => [s, s])) });
  });

  it('writes block style with lists indented under their key and comments above keys', () => {
    const text = writeYaml(
      { a: { b: [1, { c: 'x', d: [] }, [true, null]], e: {} }, f: 'yes' },
      { header: ['title', 'second'], comment: (path) => (path.join('/') === 'a/b/1/d' ? ' about d' : undefined) },
    );
    expect(text).toBe(
      [
        '# title',
        '# second',
        '',
        'a:',
        '  b:',
        '    - 1',
        '    - c: x',
        '      # about d',
        '      d: []',
        '    -',
        '      - true',
        '      - null',
        '  e: {}',
        'f: "yes"',
        '',
      ].join('\n'),
    );
  });
});

describe('scalar', () => {
  it('leaves names, CIDRs and ARNs plain and quotes what YAML 1.1 would misread', () => {
    expect(scalar('us-east-1a')).toBe('us-east-1a');
    expect(scalar('10.0.0.0/16')).toBe('10.0.0.0/16');
    expect(scalar('arn:aws:kms:us-east-1:111122223333:key/abc')).toBe('arn:aws:kms:us-east-1:111122223333:key/abc');
    expect(scalar('1.30')).toBe('"1.30"');
    expect(scalar('on')).toBe('"on"');
    expect(scalar('n')).toBe('"n"');
    expect(scalar('line\u2028break')).toBe('"line\\u2028break"');
    expect(scalar(3)).toBe('3');
    expect(scalar(false)).toBe('false');
    expect(isPlainSafe('0777')).toBe(false);
  });

  it('single-quotes one-line text with double quotes (JSON in an annotation), doubling its single quotes', () => {
    expect(scalar('[{"reason":"it\'s fine"}]')).toBe(`'[{"reason":"it''s fine"}]'`);
    expect(scalar('say "日本語"')).toBe(`'say "日本語"'`);
    // What a single-quoted scalar would fold or hide stays double-quoted with escapes.
    expect(scalar('a "b"\nc')).toBe('"a \\"b\\"\\nc"');
    expect(scalar(' "lead"')).toBe('" \\"lead\\""');
    expect(scalar('"tab"\t')).toBe('"\\"tab\\"\\t"');
    expect(scalar('"nel"\u0085')).toBe('"\\"nel\\"\\u0085"');
    for (const s of [`[{"a":"it's"}]`, `'"'`, `"#x": y`, `"- a"`, `"&anchor *alias"`, `"% !tag"`, `"😀"`])
      for (const version of ['1.1', '1.2'] as const) expect(readBack(`k: ${scalar(s)}\n`, version)).toEqual({ k: s });
  });
});

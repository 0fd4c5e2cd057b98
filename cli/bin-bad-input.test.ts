/**
 * Bad input through the real binary: every case exits 2 with one line on stderr that names the file (or
 * the command) and says why, and never a stack trace.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baselineDesignText, writeText } from './test-support/designs.js';
import { isOneLineError, runBin, tempDir } from './test-support/run-bin.js';

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

/** A valid document with one change applied to its parsed JSON. */
function mutated(
  change: (doc: { schemaVersion: number; design: Record<string, unknown> & { parts: Record<string, unknown>[] } }) => void,
) {
  const doc = JSON.parse(baselineDesignText());
  change(doc);
  return `${JSON.stringify(doc, null, 2)}\n`;
}

type Case = { name: string; file: () => Promise<string>; expect: RegExp };

const FILE_CASES: Case[] = [
  { name: 'a missing file', file: async () => path.join(dir, 'missing.eksdesign'), expect: /no such file/ },
  {
    name: 'a directory',
    file: async () => {
      const sub = path.join(dir, 'folder.eksdesign');
      await mkdir(sub, { recursive: true });
      return sub;
    },
    expect: /is a directory/,
  },
  { name: 'an empty file', file: () => writeText(dir, 'empty.eksdesign', ''), expect: /empty/ },
  {
    name: 'bytes that are not UTF-8',
    file: () => writeText(dir, 'binary.eksdesign', new Uint8Array([0x7b, 0xff, 0xfe, 0x00, 0x7d])),
    expect: /not UTF-8/,
  },
  {
    name: 'broken JSON',
    file: () =>
      writeText(
        dir,
        'broken.eksdesign',
        '{\n  "format": "eks-sandbox-design",\n  "schemaVersion": 1,\n  "design": {\n    "name": "x",,\n',
      ),
    expect: /line 5/,
  },
  {
    name: 'JSON that is not a design',
    file: () => writeText(dir, 'array.eksdesign', '[1, 2, 3]\n'),
    expect: /not an EKS Sandbox design/,
  },
  {
    name: 'a wrong field value',
    file: () =>
      writeText(
        dir,
        'wrong-value.eksdesign',
        mutated((d) => {
          (d.design.parts[0]!.props as Record<string, unknown>).cidr = 42;
        }),
      ),
    expect: /line \d+: design\.parts\[0\]\.props\.cidr: .*\(part "vpc-1"\)/,
  },
  {
    name: 'an unknown field',
    file: () =>
      writeText(
        dir,
        'unknown-field.eksdesign',
        mutated((d) => {
          d.design.colour = 'blue';
        }),
      ),
    expect: /line \d+: design: unknown field "colour"/,
  },
  {
    name: 'a design from a newer app',
    file: () =>
      writeText(
        dir,
        'newer.eksdesign',
        mutated((d) => {
          d.schemaVersion = 99;
        }),
      ),
    expect: /newer EKS Sandbox/,
  },
];

describe('bad design files', () => {
  for (const c of FILE_CASES) {
    it(`validate refuses ${c.name} with exit 2 and one line`, async () => {
      const file = await c.file();
      const r = await runBin(['validate', file]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(isOneLineError(r.stderr)).toBe(true);
      expect(r.stderr).toContain(file);
      expect(r.stderr).toMatch(c.expect);
    });
  }

  for (const c of FILE_CASES.filter((x) => /missing|broken|newer/.test(x.name))) {
    it(`export refuses ${c.name} with exit 2 and one line`, async () => {
      const file = await c.file();
      const r = await runBin(['export', file]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(isOneLineError(r.stderr)).toBe(true);
      expect(r.stderr).toContain(file);
      expect(r.stderr).toMatch(c.expect);
    });
  }

  it('validate refuses a file it may not read', async (ctx) => {
    // Run as an unprivileged user (when the tests run as root), who may enter the folder but not read the file.
    // Where that user cannot even reach the checkout (a private home folder), there is nothing to test.
    if ((await runBin(['--version'], { unprivileged: true })).code !== 0) ctx.skip();
    await chmod(dir, 0o755);
    const file = await writeText(dir, 'locked.eksdesign', baselineDesignText());
    await chmod(file, 0o000);
    const r = await runBin(['validate', file], { unprivileged: true });
    expect(r.code).toBe(2);
    expect(isOneLineError(r.stderr)).toBe(true);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(/permission denied/);
  });
});

it('validate refuses a named pipe instead of waiting on it', async () => {
  const fifo = path.join(dir, 'pipe.eksdesign');
  execFileSync('mkfifo', [fifo]);
  const r = await runBin(['validate', fifo]);
  expect(r.code).toBe(2);
  expect(isOneLineError(r.stderr)).toBe(true);
  expect(r.stderr).toBe(`eks-sandbox: ${fifo}: is not a regular file\n`);
});

describe('bad command lines', () => {
  const CASES: { args: string[]; expect: RegExp }[] = [
    { args: [], expect: /no command given/ },
    { args: ['frobnicate'], expect: /unknown command "frobnicate"/ },
    { args: ['--colour'], expect: /unknown option --colour/ },
    { args: ['validate', 'x.eksdesign', '--colour'], expect: /validate: unknown option --colour/ },
    { args: ['validate', 'x.eksdesign', '--format', 'xml'], expect: /--format must be one of text, json/ },
    { args: ['validate', 'x.eksdesign', '--lang', 'fr'], expect: /--lang must be one of en, ja/ },
    { args: ['validate'], expect: /validate: missing <file>/ },
    { args: ['validate', 'a.eksdesign', 'b.eksdesign'], expect: /unexpected argument "b.eksdesign"/ },
    { args: ['export', 'x.eksdesign', '-o'], expect: /-o\/--output needs a value/ },
    { args: ['new', '-o', 'x.eksdesign'], expect: /--template/ },
    { args: ['templates', '--format', 'yaml'], expect: /--format must be one of text, json/ },
  ];
  for (const c of CASES) {
    it(`eks-sandbox ${c.args.join(' ') || '(nothing)'} exits 2 with one line`, async () => {
      const r = await runBin(c.args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(isOneLineError(r.stderr)).toBe(true);
      expect(r.stderr).toMatch(c.expect);
    });
  }
});

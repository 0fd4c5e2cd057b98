import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import microservices from '../templates/microservices.json' with { type: 'json' };
import { parseDesignText, parseDesignValue, serializeDesign } from '../shared/model/document.js';
import { DesignFileError } from '../shared/model/errors.js';
import { FileServiceError } from './errors.js';
import { nodeFsOps, readTextFile, saveFileAtomic, type FsOps } from './files.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'eks-files-prop-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EXPECTED_CODE: Record<string, string> = {
  ENOSPC: 'no-space',
  EDQUOT: 'no-space',
  EIO: 'io',
  EACCES: 'access-denied',
  EROFS: 'read-only',
  EBUSY: 'busy',
};

type Step = 'open' | 'write' | 'sync' | 'close' | 'rename';

/** An fs that fails at `step` with `code` (fsync included), the way a full disk, a failing disk or a busy file would. */
function failingAt(step: Step, code: string): FsOps {
  const fail = () => Promise.reject(Object.assign(new Error(`${code}: injected`), { code }));
  return {
    ...nodeFsOps,
    rename: step === 'rename' ? fail : nodeFsOps.rename,
    async open(file, flags, mode) {
      if (flags !== 'wx') return nodeFsOps.open(file, flags, mode);
      if (step === 'open') return fail();
      const h = await nodeFsOps.open(file, flags, mode);
      return {
        readFile: () => h.readFile(),
        stat: () => h.stat(),
        writeFile: async (d) => {
          await h.writeFile(step === 'write' ? String(d).slice(0, 3) : d);
          if (step === 'write') return fail();
        },
        sync: () => (step === 'sync' ? fail() : h.sync()),
        close: async () => {
          await h.close();
          if (step === 'close') return fail();
        },
      };
    },
  };
}

describe('file service properties', () => {
  it('save then read gives back the same text', async () => {
    const file = path.join(dir, 'roundtrip.eksdesign');
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 500 }).filter((t) => !t.startsWith('\uFEFF')),
        async (text) => {
          const stamp = await saveFileAtomic(file, text);
          const read = await readTextFile(file);
          expect(read.text).toBe(text);
          expect(read.stamp.sha256).toBe(stamp.sha256);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a failure at any step keeps the old file byte for byte and leaves no temp file', async () => {
    const file = path.join(dir, 'target.eksdesign');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Step>('open', 'write', 'sync', 'close', 'rename'),
        fc.constantFrom('ENOSPC', 'EACCES', 'EROFS', 'EIO', 'EBUSY', 'EDQUOT'),
        fc.string({ maxLength: 200 }),
        fc.string({ minLength: 1, maxLength: 200 }),
        async (step, code, oldText, newText) => {
          writeFileSync(file, oldText);
          const err = await saveFileAtomic(file, newText, { fs: failingAt(step, code) }).then(
            () => null,
            (e: unknown) => e as Error,
          );
          expect(err).toBeInstanceOf(FileServiceError);
          expect(err!.message).toContain('"target.eksdesign"');
          expect(err).toMatchObject({ code: EXPECTED_CODE[code] });
          if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EIO')
            expect(err!.message).toMatch(
              /(disk is full|quota is used up|write error).*previous version of the file is unchanged/,
            );
          expect(readFileSync(file, 'utf8')).toBe(oldText);
          expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('any bytes on disk either open as a design or give a FileServiceError or DesignFileError, never a crash', async () => {
    const file = path.join(dir, 'random.eksdesign');
    const template = new TextEncoder().encode(serializeDesign(parseDesignValue(microservices)));
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      // A real design with a few bytes overwritten: invalid UTF-8, NULs, broken JSON, or a still-valid file.
      fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 6 })).map(([at, bad]) => {
        const out = new Uint8Array(template);
        out.set(bad.subarray(0, out.length - (at % out.length)), at % out.length);
        return out;
      }),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (data) => {
        writeFileSync(file, data);
        try {
          parseDesignText((await readTextFile(file)).text);
        } catch (err) {
          if (!(err instanceof FileServiceError) && !(err instanceof DesignFileError)) throw err;
          if (err instanceof FileServiceError)
            expect(err).toMatchObject({ code: 'not-text', message: expect.stringContaining('"random.eksdesign"') });
        }
      }),
      { numRuns: 150 },
    );
  });
});

// The pure-core rule is enforced by the tools; this test proves the lint half of it stays switched on.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('shared/ layering', () => {
  it.each(['react', 'electron', '@xyflow/react', 'node:fs', 'fs', 'path'])('rejects importing %s in shared/', async (mod) => {
    const messages = await lintAs('shared/model/example.ts', `import x from '${mod}';\nexport const y = x;\n`);
    expect(messages.some((m) => m.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('allows the same import outside shared/ and pure imports inside it', async () => {
    expect(await lintAs('cli/example.ts', `import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n`)).toEqual(
      [],
    );
    expect(await lintAs('shared/model/example.ts', `import { z } from 'zod';\nexport const y = z;\n`)).toEqual([]);
  });
});

describe('electron/services/ layering', () => {
  it('rejects importing electron there, since the command line runs that code without Electron', async () => {
    const messages = await lintAs('electron/services/example.ts', `import { app } from 'electron';\nexport const y = app;\n`);
    expect(messages.some((m) => m.startsWith('no-restricted-imports'))).toBe(true);
    expect(await lintAs('electron/example.ts', `import { app } from 'electron';\nexport const y = app;\n`)).toEqual([]);
  });
});

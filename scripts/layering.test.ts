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

describe('layers of every folder', () => {
  const forbidden: [string, string][] = [
    ['electron/menu.ts', '../renderer/commands/registry.js'],
    ['electron/menu.ts', '../cli/main.js'],
    ['node/files.ts', 'electron'],
    ['node/files.ts', '../electron/ipc.js'],
    ['node/files.ts', '../renderer/main.js'],
    ['cli/files.ts', '../electron/handlers.js'],
    ['cli/commands/export.ts', '../../renderer/app/export-yaml.js'],
    ['cli/files.ts', 'electron'],
    ['renderer/app/save.ts', '../../electron/handlers.js'],
    ['renderer/app/save.ts', '../../node/files.js'],
    ['renderer/app/save.ts', 'electron'],
    ['renderer/app/save.ts', 'node:fs'],
    ['renderer/app/save.test.ts', '../../electron/handlers.js'],
    ['shared/import/map-cluster.ts', '../export/types.js'],
    ['shared/import/import-eksctl.ts', '../export/cluster-config.js'],
    ['shared/import/import-eksctl.ts', '../round-trip/index.js'],
    ['shared/import/map-cluster.ts', 'node:fs'],
    ['shared/deploy/test-support/templates.ts', 'node:fs'],
    ['shared/rules/test-support/builder.ts', 'node:url'],
  ];

  it.each(forbidden)('rejects in %s the import of %s', async (file, mod) => {
    const messages = await lintAs(file, `import x from '${mod}';\nexport const y = x;\n`);
    expect(messages.some((m) => m.startsWith('no-restricted-imports'))).toBe(true);
  });

  const allowed: [string, string][] = [
    ['electron/menu.ts', '../shared/commands/ids.js'],
    ['electron/handlers.ts', '../node/files.js'],
    ['electron/menu.ts', 'electron'],
    ['cli/files.ts', '../node/files.js'],
    ['node/files.ts', 'node:fs'],
    ['renderer/app/save.ts', '../../shared/model/document.js'],
    ['renderer/export/palette.test.ts', 'node:fs'],
    ['test-support/kubernetes-oracles.ts', 'node:fs'],
    ['shared/import/map-cluster.ts', '../eksctl/config-types.js'],
    ['shared/import/import-eksctl.test.ts', '../round-trip/index.js'],
    ['shared/round-trip/index.ts', '../export/cluster-config.js'],
  ];

  it.each(allowed)('allows in %s the import of %s', async (file, mod) => {
    expect(await lintAs(file, `import x from '${mod}';\nexport const y = x;\n`)).toEqual([]);
  });
});

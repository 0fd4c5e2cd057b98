import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const config = JSON.parse(readFileSync(new URL('./electron-builder.json', import.meta.url), 'utf8')) as {
  electronFuses: Record<string, boolean>;
  files: string[];
  fileAssociations: Array<{ ext: string }>;
};
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { main: string };

describe('packaging config', () => {
  it('turns off the fuses an attacker could use (run as Node, NODE_OPTIONS, --inspect, file:// privileges)', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('ships the bundles package.json points at, and opens .eksdesign files', () => {
    expect(pkg.main).toBe('dist/electron/main.js');
    expect(config.files).toContain('dist/electron/**');
    expect(config.fileAssociations.map((a) => a.ext)).toEqual(['eksdesign']);
  });
});

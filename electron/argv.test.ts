import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFromArgv } from './argv.js';

describe('fileFromArgv', () => {
  it('finds a design file among Electron and Chromium arguments, resolved against cwd', () => {
    expect(fileFromArgv(['/usr/bin/electron', 'dist/electron/main.js', '--no-sandbox', 'designs/a.eksdesign'], '/home/u')).toBe(
      path.resolve('/home/u', 'designs/a.eksdesign'),
    );
    expect(fileFromArgv(['C:\\EKS Sandbox.exe', '--allow-file-access-from-files', '/abs/B.EKSDESIGN'], '/x')).toBe(
      path.resolve('/abs/B.EKSDESIGN'),
    );
  });

  it('returns null when there is none, ignores flags and the executable itself', () => {
    expect(fileFromArgv(['/app/eks-sandbox'], '/')).toBeNull();
    expect(fileFromArgv(['/app/x.eksdesign'], '/')).toBeNull();
    expect(fileFromArgv(['/app', '--file=x.eksdesign', 'notes.txt'], '/')).toBeNull();
  });
});

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileFromArgv } from './argv.js';

const posix = process.platform !== 'win32';

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

  it('accepts a file: URL as a Linux launcher passes it for %U, decoded', () => {
    // What a file manager passes for "/home/u/My designs/prod #1.eksdesign".
    const file = path.resolve('/home/u/My designs/prod #1 日本.eksdesign');
    const url = pathToFileURL(file).href;
    expect(url).toContain('%20');
    expect(fileFromArgv(['/opt/EKS Sandbox/eks-sandbox', url], '/elsewhere')).toBe(file);
  });

  it.runIf(posix)('reads percent-escapes, file://localhost/ and upper-case schemes as the same file', () => {
    const file = '/home/u/My designs/a.eksdesign';
    for (const arg of [
      'file:///home/u/My%20designs/a.eksdesign',
      'file://localhost/home/u/My%20designs/a.eksdesign',
      'FILE:///home/u/My%20designs/a%2Eeksdesign',
      'file:///home/u/My designs/a.eksdesign',
    ]) {
      expect(fileFromArgv(['/opt/app/eks-sandbox', arg], '/'), arg).toBe(file);
    }
  });

  it.runIf(posix)('skips URLs that are not local files, and paths that only look like designs when encoded', () => {
    expect(fileFromArgv(['/app', 'file://server/share/a.eksdesign'], '/')).toBeNull();
    expect(fileFromArgv(['/app', 'https://example.com/a.eksdesign'], '/')).toBeNull();
    expect(fileFromArgv(['/app', '/d/b.eksdesign', 'https://example.com/a.eksdesign'], '/')).toBe('/d/b.eksdesign');
    expect(fileFromArgv(['/app', 'file:///a%00.eksdesign'], '/')).toBeNull();
    expect(fileFromArgv(['/app', 'file:///a.eksdesign%2Fx'], '/')).toBeNull();
  });
});

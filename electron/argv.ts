/**
 * The design file a command line asks to open (`eks-sandbox my.eksdesign`, a double click on Windows and
 * Linux, or a second instance passing its arguments to the first). Electron and Chromium add their own
 * arguments, and an unpackaged run has the app path too, so the rule is simple: the last argument that
 * is not a flag and names a design file.
 *
 * Linux desktops may pass a `file:` URL instead of a path: electron-builder's .desktop entry says
 * `Exec=... %U`, and the desktop-entry spec lets a launcher hand over URLs for it. Such an argument is
 * decoded (%20 becomes a space; the host localhost counts as none); a URL naming another host, or any other
 * scheme, is skipped.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESIGN_FILE_EXTENSION } from '../shared/model/design.js';

/** The local path an argument names: a path as given, or a `file:` URL decoded; null for other URLs. */
export function pathFromArgument(arg: string, cwd: string): string | null {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(new URL(arg));
    } catch {
      // Another host, or a malformed URL: not a file here.
      return null;
    }
  }
  // Any other URL (`https://…`) is no file to open; a Windows drive letter (`C:\`) has no `//`.
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null;
  return path.resolve(cwd, arg);
}

export function fileFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]!;
    if (arg.startsWith('-') || arg.includes('\0')) continue;
    const file = pathFromArgument(arg, cwd);
    if (file && !file.includes('\0') && file.toLowerCase().endsWith(DESIGN_FILE_EXTENSION)) return file;
  }
  return null;
}

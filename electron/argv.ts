/**
 * The design file a command line asks to open (`eks-sandbox my.eksdesign`, a double click on Windows and
 * Linux, or a second instance passing its arguments to the first). Electron and Chromium add their own
 * arguments, and an unpackaged run has the app path too, so the rule is simple: the last argument that
 * is not a flag and ends with the design extension.
 */
import path from 'node:path';
import { DESIGN_FILE_EXTENSION } from '../shared/model/design.js';

export function fileFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]!;
    if (arg.startsWith('-') || arg.includes('\0')) continue;
    if (arg.toLowerCase().endsWith(DESIGN_FILE_EXTENSION)) return path.resolve(cwd, arg);
  }
  return null;
}

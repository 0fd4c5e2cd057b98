// Preloaded (node --require) into each process the command-line benchmark starts, the CLI's and `node -e 0`
// alike: at exit it appends the process's own CPU time (user + system, ms) to stderr as the last line, so the
// benchmark can report CPU beside wall time. Wall time on a busy machine is mostly waiting for a core.
'use strict';
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.getBuiltinModule('node:fs').writeSync(2, `\ncpu-ms ${(user + system) / 1000}\n`);
});

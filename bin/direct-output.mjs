// The command line's stdout and stderr, written straight to their file descriptors. Node builds
// process.stdout (a net.Socket on a pipe, a tty.WriteStream on a terminal, with Node's streams behind it) on
// first use; for the few lines `validate` prints in CI, building it was about 5 % of the command's CPU.
// When a write cannot go straight through (a non-blocking pipe that is full: EAGAIN; a closed reader: EPIPE;
// anything else), the rest of that text and every later text go through the Node stream, which queues and
// reports exactly as before, so the order of the output is kept.
const { writeSync } = process.getBuiltinModule('node:fs');

/**
 * An `{ write(text) }` for file descriptor `fd`; `stream()` gives the Node stream to fall back to.
 * `write` is the test seam for fs.writeSync.
 */
export function directOutput(fd, stream, write = writeSync) {
  let viaStream = false;
  return {
    write(text) {
      if (viaStream) return stream().write(text);
      const bytes = Buffer.from(text, 'utf8');
      let done = 0;
      try {
        while (done < bytes.length) done += write(fd, bytes, done, bytes.length - done);
      } catch {
        viaStream = true;
        return stream().write(bytes.subarray(done));
      }
      return true;
    },
  };
}

/**
 * bin/direct-output.mjs: the command's output goes straight to the file descriptor, and falls back to the Node
 * stream, in order, when a write cannot go through (a full non-blocking pipe, a closed reader).
 */
import { describe, expect, it } from 'vitest';
import { directOutput } from '../bin/direct-output.mjs';

function recorder() {
  const streamed: string[] = [];
  let made = 0;
  const stream = () => {
    made++;
    return {
      write(chunk: string | Uint8Array) {
        streamed.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return true;
      },
    };
  };
  return { streamed, stream, made: () => made };
}

function errno(code: string): Error {
  return Object.assign(new Error(code), { code });
}

describe('directOutput', () => {
  it('writes UTF-8 bytes to the descriptor, looping over partial writes, without building the stream', () => {
    const written: string[] = [];
    const { stream, made } = recorder();
    const out = directOutput(7, stream, (fd, buffer, offset, length) => {
      expect(fd).toBe(7);
      const n = Math.min(length, 5); // a pipe that takes 5 bytes at a time
      written.push(Buffer.from(buffer.subarray(offset, offset + n)).toString('latin1'));
      return n;
    });
    out.write('ルール ok\n');
    expect(Buffer.from(written.join(''), 'latin1').toString('utf8')).toBe('ルール ok\n');
    expect(made()).toBe(0);
  });

  it('hands the unwritten rest, and every later text, to the stream when a write fails (EAGAIN)', () => {
    const { streamed, stream } = recorder();
    let calls = 0;
    const out = directOutput(1, stream, (_fd, _buffer, _offset, _length) => {
      calls++;
      if (calls === 1) return 3;
      throw errno('EAGAIN');
    });
    out.write('abcdef\n');
    out.write('second\n');
    expect(streamed).toEqual(['def\n', 'second\n']);
    expect(calls).toBe(2);
  });

  it('leaves a closed reader (EPIPE) to the stream, which reports it as before', () => {
    const { streamed, stream } = recorder();
    const out = directOutput(1, stream, () => {
      throw errno('EPIPE');
    });
    out.write('x\n');
    expect(streamed).toEqual(['x\n']);
  });
});

/**
 * A stand-in Electron for packaging tests on machines without the real binary: no program, only the files
 * electron-builder touches, including the fuse wire @electron/fuses flips. Also as release zips served by a
 * local mirror, so `npm run dist` can download "Electron" without GitHub.
 */
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { createHash } from 'node:crypto';

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

interface ZipEntry {
  name: string;
  data: Buffer;
  mode: number;
}

/** Electron's fuse defaults (wire v1, 8 fuses): run as Node, NODE_OPTIONS, --inspect, file:// privileges on; the rest off. */
export function fakeElectronFiles(): ZipEntry[] {
  const wire = Buffer.concat([
    Buffer.from('#!/bin/sh\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, 8]),
    Buffer.from('10110001'),
  ]);
  return [
    { name: 'electron', data: wire, mode: 0o755 },
    { name: 'LICENSE', data: Buffer.from('stand-in'), mode: 0o644 },
    { name: 'version', data: Buffer.from('0.0.0'), mode: 0o644 },
  ];
}

/** An unpacked stand-in (what `electronDist` may point at). */
export function writeFakeElectron(dir: string): void {
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  for (const file of fakeElectronFiles()) writeFileSync(path.join(dir, file.name), file.data, { mode: file.mode });
}

/** A zip with stored (uncompressed) entries and Unix modes: enough for electron-builder's extractor. */
export function zipStored(entries: readonly ZipEntry[]): Buffer {
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the mode below counts
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(dosDate, 14);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(entry.data.length, 20);
    dir.writeUInt32LE(entry.data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(((0o100000 | entry.mode) << 16) >>> 0, 38);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, entry.data);
    central.push(dir, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** The files of an Electron release as its download folder holds them: one zip per arch and SHASUMS256.txt. */
export function fakeRelease(version: string, platform: string, arches: readonly string[]): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const arch of arches) files.set(`electron-v${version}-${platform}-${arch}.zip`, zipStored(fakeElectronFiles()));
  const sums = [...files].map(([name, data]) => `${createHash('sha256').update(data).digest('hex')} *${name}`);
  files.set('SHASUMS256.txt', Buffer.from(`${sums.join('\n')}\n`));
  return files;
}

export interface Mirror {
  /** For ELECTRON_MIRROR. */
  url: string;
  /** Every path asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `files` under `/v<version>/` on a free local port, as GitHub's release downloads are laid out. */
export async function startMirror(version: string, files: Map<string, Buffer>): Promise<Mirror> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(url);
    const data = url.startsWith(`/v${version}/`) ? files.get(url.slice(`/v${version}/`.length)) : undefined;
    res.writeHead(data ? 200 : 404, { 'Content-Length': data?.length ?? 0 });
    res.end(data);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

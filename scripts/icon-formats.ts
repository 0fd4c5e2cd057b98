/**
 * The icon containers electron-builder takes as they are (so packaging never downloads its icon converter):
 * Windows `.ico` and macOS `.icns`, assembled from PNGs and raw pixels that `npm run icons` rasterises.
 * Readers for the same formats let tests check the committed files without an image library.
 */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (the first chunk, right after the signature). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(PNG_SIGNATURE) || buf.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file (no PNG signature followed by an IHDR chunk)');
  }
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** One square image of an icon: a PNG, or (for small .ico entries) straight RGBA pixels, row by row from the top. */
export type IconImage = { size: number; png: Uint8Array } | { size: number; rgba: Uint8Array };

/**
 * A 32-bit BMP as stored in an .ico: BITMAPINFOHEADER with double height (colour + mask), BGRA rows bottom-up,
 * then a 1-bit AND mask that stays empty because the alpha channel already says what is transparent.
 */
function icoBitmap(size: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== size * size * 4) throw new Error(`RGBA data for ${size}x${size} must be ${size * size * 4} bytes`);
  const maskRow = Math.ceil(size / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8);
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(size * size * 4 + maskRow * size, 20);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    const from = (size - 1 - y) * size * 4;
    for (let x = 0; x < size; x++) {
      const s = from + x * 4;
      const d = (y * size + x) * 4;
      pixels[d] = rgba[s + 2]!;
      pixels[d + 1] = rgba[s + 1]!;
      pixels[d + 2] = rgba[s]!;
      pixels[d + 3] = rgba[s + 3]!;
    }
  }
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)]);
}

/** An .ico holding every image; PNG entries are allowed by Windows Vista and later (used for 256x256). */
export function encodeIco(images: readonly IconImage[]): Buffer {
  const payloads = images.map((img) => {
    if (img.size < 1 || img.size > 256) throw new Error(`an .ico entry must be 1 to 256 pixels, not ${img.size}`);
    return 'png' in img ? Buffer.from(img.png) : icoBitmap(img.size, img.rgba);
  });
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((img, i) => {
    const payload = payloads[i]!;
    const at = 6 + 16 * i;
    header[at] = img.size === 256 ? 0 : img.size; // 0 means 256
    header[at + 1] = img.size === 256 ? 0 : img.size;
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(payload.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += payload.length;
  });
  return Buffer.concat([header, ...payloads]);
}

export interface IcoEntry {
  size: number;
  format: 'png' | 'bmp';
  data: Buffer;
}

/** The images of an .ico, with a clear error for anything that is not one. */
export function readIco(file: Uint8Array): IcoEntry[] {
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (buf.length < 6 || buf.readUInt16LE(0) !== 0 || buf.readUInt16LE(2) !== 1) throw new Error('not an .ico file');
  const count = buf.readUInt16LE(4);
  const entries: IcoEntry[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + 16 * i;
    if (at + 16 > buf.length) throw new Error(`.ico directory entry ${i} is cut off`);
    const length = buf.readUInt32LE(at + 8);
    const offset = buf.readUInt32LE(at + 12);
    if (offset + length > buf.length) throw new Error(`.ico image ${i} points past the end of the file`);
    const data = buf.subarray(offset, offset + length);
    entries.push({ size: buf[at] || 256, format: data.subarray(0, 8).equals(PNG_SIGNATURE) ? 'png' : 'bmp', data });
  }
  return entries;
}

/**
 * PNG-backed .icns types and the pixel size each holds (Apple's `ic11`-`ic14` are the @2x variants).
 * Every one of these accepts PNG data since macOS 10.7.
 */
export const ICNS_TYPES = {
  icp4: 16,
  icp5: 32,
  ic11: 32,
  ic12: 64,
  ic07: 128,
  ic13: 256,
  ic08: 256,
  ic14: 512,
  ic09: 512,
  ic10: 1024,
} as const;
export type IcnsType = keyof typeof ICNS_TYPES;

/** An .icns: `icns` + total length, then one `type + length + PNG` chunk per entry. */
export function encodeIcns(entries: ReadonlyArray<{ type: IcnsType; png: Uint8Array }>): Buffer {
  const chunks = entries.map(({ type, png }) => {
    const { width, height } = pngSize(png);
    if (width !== ICNS_TYPES[type] || height !== ICNS_TYPES[type]) {
      throw new Error(`.icns type ${type} holds ${ICNS_TYPES[type]}px images, not ${width}x${height}`);
    }
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, Buffer.from(png)]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

/** The chunks of an .icns, by type. */
export function readIcns(file: Uint8Array): Array<{ type: string; data: Buffer }> {
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (buf.length < 8 || buf.toString('latin1', 0, 4) !== 'icns') throw new Error('not an .icns file');
  if (buf.readUInt32BE(4) !== buf.length) throw new Error('.icns length field does not match the file size');
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < buf.length;) {
    const length = at + 8 <= buf.length ? buf.readUInt32BE(at + 4) : 0;
    if (length < 8 || at + length > buf.length) throw new Error(`.icns chunk at byte ${at} is cut off`);
    chunks.push({ type: buf.toString('latin1', at, at + 4), data: buf.subarray(at + 8, at + length) });
    at += length;
  }
  return chunks;
}

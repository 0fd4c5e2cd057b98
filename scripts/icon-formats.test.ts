import { describe, expect, it } from 'vitest';
import { encodeIcns, encodeIco, pngSize, readIcns, readIco } from './icon-formats.js';

/** The start of a PNG: signature and an IHDR chunk (the readers look no further). */
function fakePng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
}

describe('pngSize', () => {
  it('reads width and height from IHDR and refuses what is not a PNG', () => {
    expect(pngSize(fakePng(640, 480))).toEqual({ width: 640, height: 480 });
    expect(() => pngSize(Buffer.from('GIF89a not a png at all, really'))).toThrow('not a PNG file');
    expect(() => pngSize(fakePng(1, 1).subarray(0, 20))).toThrow('not a PNG file');
  });
});

describe('encodeIco', () => {
  it('stores small sizes as bottom-up BGRA bitmaps with an empty mask, and 256 as PNG (size byte 0)', () => {
    // 2x2: top row red, green; bottom row blue, half-transparent white.
    const rgba = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 128]);
    const png = fakePng(256, 256);
    const ico = encodeIco([
      { size: 2, rgba },
      { size: 256, png },
    ]);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(2);
    expect([ico[6], ico[22]]).toEqual([2, 0]);

    const [bmp, big] = readIco(ico);
    expect([bmp!.size, bmp!.format, big!.size, big!.format]).toEqual([2, 'bmp', 256, 'png']);
    expect(big!.data.equals(png)).toBe(true);
    const header = bmp!.data;
    expect([header.readUInt32LE(0), header.readInt32LE(4), header.readInt32LE(8), header.readUInt16LE(14)]).toEqual([
      40, 2, 4, 32,
    ]);
    const pixels = [...header.subarray(40, 56)];
    // First stored row is the bottom one: blue, then white at alpha 128, each as B, G, R, A.
    expect(pixels).toEqual([255, 0, 0, 255, 255, 255, 255, 128, 0, 0, 255, 255, 0, 255, 0, 255]);
    expect([...header.subarray(56)]).toEqual(new Array(8).fill(0)); // 2 rows of a 4-byte-aligned mask
  });

  it('refuses sizes an .ico cannot hold and pixel data of the wrong length', () => {
    expect(() => encodeIco([{ size: 512, png: fakePng(512, 512) }])).toThrow('1 to 256 pixels, not 512');
    expect(() => encodeIco([{ size: 16, rgba: new Uint8Array(10) }])).toThrow('must be 1024 bytes');
  });

  it('reading rejects a file that is not an .ico or whose image runs past the end', () => {
    expect(() => readIco(Buffer.from('not an icon'))).toThrow('not an .ico file');
    const ico = encodeIco([{ size: 256, png: fakePng(256, 256) }]);
    expect(() => readIco(ico.subarray(0, ico.length - 1))).toThrow('points past the end');
  });
});

describe('encodeIcns', () => {
  it('writes the total length and one type+length chunk per PNG, which reading gives back', () => {
    const small = fakePng(16, 16);
    const large = fakePng(1024, 1024);
    const icns = encodeIcns([
      { type: 'icp4', png: small },
      { type: 'ic10', png: large },
    ]);
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.readUInt32BE(12)).toBe(8 + small.length);
    const chunks = readIcns(icns);
    expect(chunks.map((c) => c.type)).toEqual(['icp4', 'ic10']);
    expect(chunks[1]!.data.equals(large)).toBe(true);
  });

  it('refuses a PNG whose size does not match its type, and a truncated file', () => {
    expect(() => encodeIcns([{ type: 'ic09', png: fakePng(256, 256) }])).toThrow('ic09 holds 512px images, not 256x256');
    const icns = encodeIcns([{ type: 'ic07', png: fakePng(128, 128) }]);
    expect(() => readIcns(icns.subarray(0, icns.length - 2))).toThrow('length field does not match');
    expect(() => readIcns(Buffer.from('nope'))).toThrow('not an .icns file');
  });
});

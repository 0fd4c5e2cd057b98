/**
 * `npm run icons`: rasterises the project's own SVG icons (electron/build-resources/icon.svg, document.svg)
 * with headless Chromium and writes every file electron-builder takes without converting anything:
 * icon.png (1024), icons/<n>x<n>.png (Linux), icon.ico / document.ico (Windows, incl. the file association)
 * and icon.icns / document.icns (macOS). The outputs are committed; rasterised-from.json records the
 * SHA-256 of each SVG so a test notices an SVG edited without re-running this script.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { encodeIcns, encodeIco, ICNS_TYPES, type IcnsType, type IconImage } from './icon-formats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUILD_RESOURCES = path.join(root, 'electron', 'build-resources');

/** Sizes of the Linux icon set (hicolor theme folders). */
export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512] as const;
/** Sizes in each .ico: small ones as bitmaps (what every Windows shell reads), 256 as PNG. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
export const ICON_SOURCES = ['icon.svg', 'document.svg'] as const;
export const MANIFEST = 'rasterised-from.json';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

interface Raster {
  size: number;
  png: Buffer;
  rgba?: Uint8Array;
}

/** Draws `svg` onto a canvas at each size; PNGs for all, raw pixels for the sizes listed in `withPixels`. */
async function rasterise(svg: string, sizes: number[], withPixels: number[]): Promise<Map<number, Raster>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const drawn = await page.evaluate(
      async ({ svg, sizes, withPixels }) => {
        const img = new Image();
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
        await img.decode();
        return sizes.map((size) => {
          const canvas = document.createElement('canvas');
          canvas.width = size;
          canvas.height = size;
          const ctx = canvas.getContext('2d')!;
          ctx.imageSmoothingQuality = 'high';
          ctx.drawImage(img, 0, 0, size, size);
          const pixels = withPixels.includes(size) ? Array.from(ctx.getImageData(0, 0, size, size).data) : undefined;
          return { size, png: canvas.toDataURL('image/png'), pixels };
        });
      },
      { svg, sizes, withPixels },
    );
    return new Map(
      drawn.map((d) => [
        d.size,
        {
          size: d.size,
          png: Buffer.from(d.png.slice(d.png.indexOf(',') + 1), 'base64'),
          rgba: d.pixels ? Uint8Array.from(d.pixels) : undefined,
        },
      ]),
    );
  } finally {
    await browser.close();
  }
}

function icoImages(rasters: Map<number, Raster>): IconImage[] {
  return ICO_SIZES.map((size) => {
    const r = rasters.get(size)!;
    return size === 256 ? { size, png: r.png } : { size, rgba: r.rgba! };
  });
}

function icnsEntries(rasters: Map<number, Raster>) {
  return (Object.keys(ICNS_TYPES) as IcnsType[]).map((type) => ({ type, png: rasters.get(ICNS_TYPES[type])!.png }));
}

export async function drawIcons(outDir = BUILD_RESOURCES): Promise<string[]> {
  const written: string[] = [];
  const write = (name: string, data: Uint8Array) => {
    const file = path.join(outDir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
    written.push(file);
  };
  const allSizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...Object.values(ICNS_TYPES), 1024])].sort((a, b) => a - b);
  const pixelSizes = ICO_SIZES.filter((s) => s !== 256);
  const manifest: Record<string, string> = {};

  for (const source of ICON_SOURCES) {
    const svg = readFileSync(path.join(outDir, source), 'utf8');
    manifest[source] = sha256(svg);
    const base = path.basename(source, '.svg');
    const rasters = await rasterise(svg, allSizes, pixelSizes);
    write(`${base}.ico`, encodeIco(icoImages(rasters)));
    write(`${base}.icns`, encodeIcns(icnsEntries(rasters)));
    if (base === 'icon') {
      write('icon.png', rasters.get(1024)!.png);
      for (const size of LINUX_SIZES) write(`icons/${size}x${size}.png`, rasters.get(size)!.png);
    }
  }
  write(MANIFEST, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const files = await drawIcons();
    console.log(`Wrote ${files.map((f) => path.relative(root, f)).join(', ')}`);
  } catch (err) {
    console.error(`icons: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    process.exit(1);
  }
}

/**
 * The icons `npm run icons` drew, as committed (no Chromium here): sizes read from the files themselves,
 * rasters up to date with their SVGs, and each platform's icon what electron-builder takes as it is.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as IconConverter from 'app-builder-lib/out/util/iconConverter.js';
import { describe, expect, it } from 'vitest';
import { readBuilderConfig } from './dist.js';
import { ICO_SIZES, ICON_SOURCES, LINUX_SIZES, MANIFEST, sha256 } from './draw-icons.js';
import { ICNS_TYPES, pngSize, readIcns, readIco } from './icon-formats.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = readBuilderConfig(root) as {
  directories: { buildResources: string };
  mac: { icon: string };
  win: { icon: string };
  linux: { icon: string };
};
const resources = path.join(root, config.directories.buildResources);
const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));

describe('icons drawn by the project (electron/build-resources)', () => {
  it('icon.png is 1024x1024 and the Linux set holds each size it is named for', () => {
    expect(pngSize(readFileSync(path.join(resources, 'icon.png')))).toEqual({ width: 1024, height: 1024 });
    for (const size of LINUX_SIZES) {
      expect(pngSize(readFileSync(path.join(resources, 'icons', `${size}x${size}.png`)))).toEqual({ width: size, height: size });
    }
  });

  it('icon.ico has bitmaps up to 128 and a 256 PNG; icon.icns a PNG of the right size per type', () => {
    const ico = readIco(readFileSync(path.join(resources, 'icon.ico')));
    expect(ico.map((e) => [e.size, e.format])).toEqual(ICO_SIZES.map((s) => [s, s === 256 ? 'png' : 'bmp']));
    expect(pngSize(ico.at(-1)!.data)).toEqual({ width: 256, height: 256 });
    for (const { type, data } of readIcns(readFileSync(path.join(resources, 'icon.icns')))) {
      const size = ICNS_TYPES[type as keyof typeof ICNS_TYPES];
      expect(pngSize(data), type).toEqual({ width: size, height: size });
    }
  });

  it('were rasterised from the SVGs as they are now (run `npm run icons` after editing one)', () => {
    const manifest = JSON.parse(readFileSync(path.join(resources, MANIFEST), 'utf8')) as Record<string, string>;
    for (const source of ICON_SOURCES)
      expect(manifest[source], source).toBe(sha256(readFileSync(path.join(resources, source), 'utf8')));
  });

  it('are what electron-builder picks for each platform, with nothing left to convert or download', async () => {
    const { convertIcon } = builderRequire('./out/util/iconConverter.js') as typeof IconConverter;
    const outDir = mkdtempSync(path.join(tmpdir(), 'eks-icons-'));
    try {
      const pick = (source: string, format: 'icns' | 'ico' | 'set') =>
        convertIcon({ sources: [source], fallbackSources: [], roots: [resources, root], format, outDir });
      const mac = await pick(config.mac.icon, 'icns');
      const win = await pick(config.win.icon, 'ico');
      const linux = await pick(config.linux.icon, 'set');
      expect(mac.icons.map((i) => i.file)).toEqual([path.join(resources, 'icon.icns')]);
      expect(win.icons.map((i) => [i.file, i.size])).toEqual([[path.join(resources, 'icon.ico'), 256]]);
      expect(linux.icons.map((i) => i.size)).toEqual([...LINUX_SIZES]);
      expect([mac.isFallback, win.isFallback, linux.isFallback]).toEqual([false, false, false]);
      expect(readdirSync(outDir)).toEqual([]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

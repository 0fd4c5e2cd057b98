/**
 * The browser benchmark: the app (renderer, built with a bench-only entry) opening a 1,000-part design
 * until every part is drawn, against plain React Flow drawing 1,000 default nodes, in the same Chromium
 * in the same run (`open_ratio_1000`, target <= 1.5); then the work per frame while one part of that
 * design is dragged (`drag_frame_ms_1000`, target <= 16), and the same for one node of the plain
 * React Flow page (`drag_frame_ms_1000_plain_flow`), for scale.
 *
 * Drag frames: each frame, one mouse move is dispatched and the time until React and React Flow have
 * handled it and the browser has recomputed style and layout is taken (the paint is the compositor's).
 * The interval between animation frames is reported too, but in headless Chromium it is tied to 60 Hz.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { serializeDesign, toDocument } from '../shared/model/document.js';
import { startStaticServer } from '../scripts/static-server.js';
import { generateDesign } from './generate-design.js';
import { median, roundMs } from './measure.js';
import type { BenchSection } from './section.js';
import '../renderer/bench/bench-api.js';

const ROOT = join(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const PARTS = 1000;
const OPEN_RUNS = Number(process.env.BENCH_OPEN_RUNS ?? 7);
const DRAG_STEPS = 60;

async function buildPages(outDir: string): Promise<void> {
  await build({
    root: ROOT,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 8000,
      rollupOptions: {
        input: { app: join(ROOT, 'renderer/bench/index.html'), plain: join(ROOT, 'bench/plain-flow/index.html') },
      },
    },
  });
}

/**
 * In the page: resolves with the ms from `start` until `count` parts are drawn and a frame has passed:
 * as React Flow nodes in the DOM, or, for a big design zoomed out, on the app's overview canvas (which
 * records how many parts its last frame drew).
 */
function timeUntilNodes(page: Page, count: number, start: 'app' | 'plain', text: string): Promise<number> {
  return page.evaluate(
    ({ count, start, text }) =>
      new Promise<number>((resolve, reject) => {
        const t0 = performance.now();
        if (start === 'app') {
          // The page is fresh (nothing unsaved), so the design opens without a question, a microtask later.
          void (window.__eksSandboxBench?.load(text) ?? Promise.resolve(false)).then(
            (ok) => ok || reject(new Error('the app refused the benchmark design')),
          );
        } else window.__plainFlow!.render(count);
        const tick = () => {
          const overview = document.querySelector<HTMLElement>('[data-testid="overview-canvas"]');
          const drawn = Math.max(document.querySelectorAll('.react-flow__node').length, Number(overview?.dataset.drawn ?? 0));
          if (drawn >= count) requestAnimationFrame(() => resolve(performance.now() - t0));
          else if (performance.now() - t0 > 60_000) reject(new Error('nodes never all appeared'));
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { count, start, text },
  );
}

/** A page where functions passed to `evaluate` run even though tsx compiled them with `__name` wrappers. */
async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.addInitScript('globalThis.__name = (f) => f;');
  return page;
}

async function openOnce(browser: Browser, url: string, kind: 'app' | 'plain', text: string): Promise<number> {
  const page = await newPage(browser);
  try {
    await page.goto(url);
    if (kind === 'app') await page.waitForSelector('[data-app-ready="true"]');
    else await page.waitForFunction(() => window.__plainFlow !== undefined);
    return await timeUntilNodes(page, PARTS, kind, text);
  } finally {
    await page.close();
  }
}

interface DragResult {
  workMs: number[];
  frameMs: number[];
  moved: boolean;
}

/** How the benchmark finds a part on screen and tells whether it moved. */
interface DragTarget {
  box(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null>;
  state(page: Page): Promise<string>;
}

/** A React Flow node in the DOM (the plain page). */
const flowNode = (id: string): DragTarget => ({
  box: (page) => page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox(),
  state: (page) => page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((el) => (el as HTMLElement).style.transform),
});

/** A part of the app's design, wherever it is drawn (a node or the overview canvas). */
const appPart = (id: string): DragTarget => ({
  box: (page) => page.evaluate((id) => window.__eksSandboxBench!.partOnScreen(id), id),
  state: (page) => page.evaluate((id) => window.__eksSandboxBench!.partPosition(id), id),
});

/**
 * Drags a part with the real mouse (Chromium input events), one move per frame. A capturing
 * listener registered before the app's sees each move first; the work ends once the tasks queued
 * while handling it have run and style and layout are up to date. Input is aligned to frames, so
 * the frame's style, layout, paint and layerizing run before that task and are counted.
 */
async function dragPart(page: Page, target: DragTarget, steps: number): Promise<DragResult> {
  const box = await target.box(page);
  if (!box) throw new Error('the part to drag is not on screen');
  const before = await target.state(page);
  await page.evaluate(() => {
    const w = window as unknown as { __work: number[]; __frames: number[] };
    w.__work = [];
    w.__frames = [];
    window.addEventListener(
      'pointermove',
      () => {
        const t0 = performance.now();
        // A message runs after the tasks React's scheduler queued before it (it posts messages too).
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          void document.body.offsetHeight;
          w.__work.push(performance.now() - t0);
        };
        ch.port2.postMessage(null);
      },
      { capture: true },
    );
    let last = performance.now();
    const frame = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__frames.length < 10_000) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  let x = box.x + box.width / 2;
  let y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.evaluate(() => {
    const w = window as unknown as { __work: number[]; __frames: number[] };
    w.__work.length = 0;
    w.__frames.length = 0;
  });
  for (let i = 0; i < steps; i++) {
    x += 3;
    y += i % 2;
    await page.mouse.move(x, y);
    await page.evaluate(() => new Promise((res) => requestAnimationFrame(res)));
  }
  const { work, frames } = await page.evaluate(() => {
    const w = window as unknown as { __work: number[]; __frames: number[] };
    return { work: [...w.__work], frames: [...w.__frames] };
  });
  await page.mouse.up();
  await page.evaluate(() => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res))));
  const after = await target.state(page);
  return { workMs: work, frameMs: frames, moved: after !== before };
}

export async function runBrowserBench(): Promise<BenchSection> {
  const outDir = await mkdtemp(join(tmpdir(), 'eks-bench-browser-'));
  const text = serializeDesign(toDocument(generateDesign(PARTS)));
  let browser: Browser | undefined;
  const server = await (async () => {
    await buildPages(outDir);
    return startStaticServer(outDir);
  })();
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const appUrl = `${server.url}renderer/bench/index.html`;
    const plainUrl = `${server.url}bench/plain-flow/index.html`;
    // One unmeasured run each warms the disk cache and the browser's code cache.
    await openOnce(browser, appUrl, 'app', text);
    await openOnce(browser, plainUrl, 'plain', text);
    const app: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < OPEN_RUNS; i++) {
      app.push(await openOnce(browser, appUrl, 'app', text));
      plain.push(await openOnce(browser, plainUrl, 'plain', text));
    }
    const appMs = median(app);
    const plainMs = median(plain);

    const page = await newPage(browser);
    await page.goto(appUrl);
    await page.waitForSelector('[data-app-ready="true"]');
    await timeUntilNodes(page, PARTS, 'app', text);
    // Let the deferred validation of the big design land before dragging.
    await page.waitForSelector('[data-testid="problems"] h2 small');
    await page.waitForTimeout(500);
    const drag = await dragPart(page, appPart('s0-web'), DRAG_STEPS);
    await page.close();
    if (!drag.moved || drag.workMs.length === 0)
      throw new Error('the dragged part did not move; the drag benchmark measured nothing');
    const dragMs = median(drag.workMs);
    const frameMs = median(drag.frameMs);

    // The same drag in plain React Flow, for scale: what the library itself costs per move at this size.
    const plainPage = await newPage(browser);
    await plainPage.goto(plainUrl);
    await plainPage.waitForFunction(() => window.__plainFlow !== undefined);
    await timeUntilNodes(plainPage, PARTS, 'plain', text);
    await plainPage.waitForTimeout(500);
    const plainDrag = await dragPart(plainPage, flowNode(`n${PARTS / 2}`), DRAG_STEPS);
    await plainPage.close();
    if (!plainDrag.moved) throw new Error('the plain React Flow node did not move; the baseline drag measured nothing');
    const plainDragMs = median(plainDrag.workMs);

    return {
      title: `Browser: Chromium, ${PARTS.toLocaleString('en-US')}-part design`,
      rows: [
        {
          label: `app opens the design until all ${PARTS} parts are drawn`,
          value: `${appMs.toFixed(1)} ms median of ${OPEN_RUNS} (min ${Math.min(...app).toFixed(1)}, max ${Math.max(...app).toFixed(1)})`,
        },
        {
          label: `plain React Flow draws ${PARTS} default nodes`,
          value: `${plainMs.toFixed(1)} ms median of ${OPEN_RUNS} (min ${Math.min(...plain).toFixed(1)}, max ${Math.max(...plain).toFixed(1)})`,
        },
        { label: 'open ratio (app / plain), target <= 1.5', value: (appMs / plainMs).toFixed(2) },
        {
          label: 'drag one part: work per frame, target <= 16 ms',
          value: `${dragMs.toFixed(2)} ms median of ${drag.workMs.length} moves (max ${Math.max(...drag.workMs).toFixed(2)}; frame interval median ${frameMs.toFixed(1)} ms)`,
        },
        {
          label: 'plain React Flow: drag one of 1,000 default nodes, same measure',
          value: `${plainDragMs.toFixed(2)} ms median of ${plainDrag.workMs.length} moves (max ${Math.max(...plainDrag.workMs).toFixed(2)})`,
        },
      ],
      metrics: {
        open_ratio_1000: Math.round((appMs / plainMs) * 100) / 100,
        drag_frame_ms_1000: roundMs(dragMs),
        drag_frame_ms_1000_plain_flow: roundMs(plainDragMs),
      },
    };
  } finally {
    await browser?.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

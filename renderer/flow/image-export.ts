/** PNG and SVG export of the whole diagram, after React Flow's download-image example. */
import { getNodesBounds, getViewportForBounds } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import { flow } from './view-bridge.js';
import { ui } from '../store/ui-store.js';

const PADDING = 40;

/** Most frames to wait for every part to be drawn as an element before exporting what there is. */
const MAX_WAIT_FRAMES = 600;

/** The next frame, or 50 ms in a hidden window, which draws no frames (the export must still finish). */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });

/** Exports under way: full detail stays on until the last one is done. */
let exporting = 0;

/**
 * Every part is drawn as a React Flow node while `ui.exportingImage` is set (a big design is otherwise
 * culled to the view, or drawn on the overview canvas, which html-to-image cannot see).
 */
async function everyPartDrawn(expected: number): Promise<void> {
  for (let i = 0; i < MAX_WAIT_FRAMES; i++) {
    await nextFrame();
    if (document.querySelectorAll('.react-flow__node').length >= expected) break;
  }
  // One more frame for React Flow to draw the edges of nodes it has just measured.
  await nextFrame();
}

export async function renderDiagram(type: 'png' | 'svg'): Promise<Uint8Array | string | null> {
  if (!flow()) return null;
  exporting++;
  ui.set({ exportingImage: true });
  try {
    await everyPartDrawn(flow()?.getNodes().length ?? 0);
    return await renderViewport(type);
  } finally {
    if (--exporting === 0) ui.set({ exportingImage: false });
  }
}

async function renderViewport(type: 'png' | 'svg'): Promise<Uint8Array | string | null> {
  const rf = flow();
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!rf || !viewport) return null;
  const bounds = getNodesBounds(rf.getNodes());
  const width = Math.min(Math.max(Math.ceil(bounds.width + PADDING * 2), 200), 8000);
  const height = Math.min(Math.max(Math.ceil(bounds.height + PADDING * 2), 200), 8000);
  const vp = getViewportForBounds(bounds, width, height, 0.05, 2, PADDING / Math.max(width, height));
  const background = getComputedStyle(document.body).getPropertyValue('--bg').trim() || '#ffffff';
  const options = {
    backgroundColor: background,
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})` },
  };
  if (type === 'svg') {
    const url = await toSvg(viewport, options);
    return decodeURIComponent(url.slice(url.indexOf(',') + 1));
  }
  const url = await toPng(viewport, { ...options, pixelRatio: 2 });
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

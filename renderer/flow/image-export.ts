/** PNG and SVG export of the whole diagram, after React Flow's download-image example. */
import { getNodesBounds, getViewportForBounds } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import { flow } from './view-bridge.js';

const PADDING = 40;

export async function renderDiagram(type: 'png' | 'svg'): Promise<Uint8Array | string | null> {
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

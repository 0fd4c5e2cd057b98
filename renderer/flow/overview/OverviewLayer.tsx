/**
 * The overview of a big design: drawn on one <canvas> under React Flow's (then empty) viewport, with its
 * own selecting and dragging (drag.ts). Above LARGE_DESIGN parts and zoomed out past the detail
 * threshold a thousand React Flow nodes cost more per drag frame than a frame has (store subscriptions,
 * and the browser layerizing a thousand positioned elements); one canvas costs a redraw.
 *
 * React Flow still owns the view: panning and zooming (a press off every part reaches it untouched),
 * the controls, fitting, and the detailed parts once zoomed back in. The canvas reads React Flow's
 * transform from its store and redraws at most once per frame.
 */
import { useEffect, useRef } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { store } from '../../store/app-store.js';
import { usePartDetail } from '../detail.js';
import { OverviewDrag } from './drag.js';
import { paintScene, readColors, type Colors, type View } from './paint.js';
import { withDescendants } from '../../../shared/editor/geometry.js';
import { hitTest, type Scene } from './scene.js';

interface Props {
  scene: Scene;
  /** Called when a drag of parts starts and ends, so the canvas can leave React Flow's nodes alone meanwhile. */
  onDragging(dragging: boolean): void;
}

export function OverviewLayer({ scene, onDragging }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const storeApi = useStoreApi();
  const rf = useReactFlow();
  const { kindLabel } = usePartDetail();
  // Read by the listeners and the frame callback, which are set up once.
  const live = useRef({ scene, kindLabel, rf, onDragging });
  live.current = { scene, kindLabel, rf, onDragging };
  const redraw = useRef<() => void>(() => {});
  /** The parts a drag is moving (with everything inside them); undefined when nothing is dragged. */
  const moving = useRef<ReadonlySet<string> | undefined>(undefined);

  // Drawing: once per frame at most, after a scene change or a pan/zoom/resize.
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    let frame = 0;
    // While parts are dragged, everything else is painted once into this bitmap and copied each frame.
    let still: { canvas: HTMLCanvasElement; key: string; drawn: number } | undefined;
    const paintStill = (view: View, width: number, height: number, dpr: number, colors: Colors, except: ReadonlySet<string>) => {
      const key = `${view.x},${view.y},${view.zoom},${width},${height},${dpr}`;
      if (still?.key === key) return still;
      const bitmap = still?.canvas ?? document.createElement('canvas');
      bitmap.width = canvas.width;
      bitmap.height = canvas.height;
      const drawn = paintScene(bitmap.getContext('2d')!, live.current.scene, view, width, height, dpr, colors, { except });
      still = { canvas: bitmap, key, drawn };
      return still;
    };
    const draw = () => {
      frame = 0;
      const { transform, width, height } = storeApi.getState();
      const dpr = window.devicePixelRatio || 1;
      const w = Math.round(width * dpr);
      const h = Math.round(height * dpr);
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
      }
      const view = { x: transform[0], y: transform[1], zoom: transform[2] };
      const s = live.current.scene;
      const colors = readColors(canvas);
      let drawn: number;
      const dragged = moving.current;
      if (dragged) {
        const base = paintStill(view, width, height, dpr, colors, dragged);
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, w, h);
        ctx.drawImage(base.canvas, 0, 0);
        drawn = base.drawn + paintScene(ctx, s, view, width, height, dpr, colors, { only: dragged, over: true });
      } else {
        still = undefined;
        drawn = paintScene(ctx, s, view, width, height, dpr, colors);
      }
      // For tests and the benchmark: how many parts the last frame drew, of how many.
      canvas.dataset.drawn = String(drawn);
      canvas.dataset.parts = String(s.containers.length + s.cards.length);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    };
    redraw.current = schedule;
    schedule();
    const unsubscribe = storeApi.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) schedule();
    });
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', schedule);
    return () => {
      unsubscribe();
      scheme.removeEventListener('change', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
      redraw.current = () => {};
    };
  }, [storeApi]);

  useEffect(() => redraw.current(), [scene]);

  // Pointer: presses on a part are this layer's; anything else goes on to React Flow (pan, deselect).
  useEffect(() => {
    const root = canvasRef.current?.closest<HTMLElement>('.react-flow');
    if (!root) return;
    let drag: OverviewDrag | undefined;
    let swallowClick = false;
    const flowPoint = (e: PointerEvent) => live.current.rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const onMove = (e: PointerEvent) => {
      if (!drag) return;
      const wasDragging = drag.dragging;
      if (!drag.move(flowPoint(e), { x: e.clientX, y: e.clientY }) || wasDragging) return;
      moving.current = withDescendants(store.editor.design, drag.movingIds());
      live.current.onDragging(true);
    };
    const finish = (how: 'release' | 'cancel') => {
      if (!drag) return;
      const wasDragging = drag.dragging;
      if (how === 'release') drag.release();
      else drag.cancel();
      drag = undefined;
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('blur', onCancel);
      if (!wasDragging) return;
      moving.current = undefined;
      redraw.current();
      live.current.onDragging(false);
    };
    const onUp = () => finish('release');
    const onCancel = () => finish('cancel');
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      finish('cancel');
    };
    const onDown = (e: PointerEvent) => {
      swallowClick = false;
      if (e.button !== 0 || drag || !(e.target instanceof Element) || !e.target.closest('.react-flow__pane')) return;
      const at = flowPoint(e);
      const hit = hitTest(live.current.scene, at);
      if (!hit) return;
      // Not React Flow's: no pan (preventDefault also stops the mousedown d3-zoom listens for), and no
      // pane click that would clear the selection.
      e.preventDefault();
      e.stopPropagation();
      swallowClick = true;
      drag = new OverviewDrag(store, hit.id, at, { x: e.clientX, y: e.clientY }, e.shiftKey || e.metaKey || e.ctrlKey);
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onCancel);
      window.addEventListener('keydown', onKey, true);
      window.addEventListener('blur', onCancel);
    };
    const onClick = (e: MouseEvent) => {
      if (!swallowClick) return;
      swallowClick = false;
      e.stopPropagation();
    };
    // Pointing at a part names it, as the compact parts' tooltip does, and shows it can be picked up.
    const onHover = (e: PointerEvent) => {
      if (drag || e.buttons !== 0) return;
      const overPane = e.target instanceof Element && e.target.closest('.react-flow__pane') !== null;
      const hit = overPane ? hitTest(live.current.scene, flowPoint(e)) : undefined;
      const title = hit ? `${hit.name} (${live.current.kindLabel[hit.kind]})` : '';
      if (root.title !== title) root.title = title;
      root.classList.toggle('overview-over-part', hit !== undefined);
    };
    root.addEventListener('pointerdown', onDown, true);
    root.addEventListener('click', onClick, true);
    root.addEventListener('pointermove', onHover);
    return () => {
      finish('cancel');
      root.removeEventListener('pointerdown', onDown, true);
      root.removeEventListener('click', onClick, true);
      root.removeEventListener('pointermove', onHover);
      root.title = '';
      root.classList.remove('overview-over-part');
    };
  }, []);

  return <canvas ref={canvasRef} className="overview-canvas" data-testid="overview-canvas" aria-hidden="true" />;
}

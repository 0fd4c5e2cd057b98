/**
 * The overview of a big design: drawn on one <canvas> under React Flow's (then empty) viewport, with its
 * own selecting and dragging (overview-pointer.ts, drag.ts). Above DRAW_IN_VIEW_ONLY_ABOVE parts (Canvas.tsx) and zoomed out past
 * the detail threshold a thousand React Flow nodes cost more per drag frame than a frame has (store
 * subscriptions, and the browser layerizing a thousand positioned elements); one canvas costs a redraw.
 *
 * React Flow still owns the view: panning and zooming (a press off every part reaches it untouched),
 * the controls, fitting, and the detailed parts once zoomed back in. The canvas reads React Flow's
 * transform from its store and redraws at most once per frame; while parts are dragged, everything else
 * is painted once into a still picture that each frame copies before drawing the moving parts.
 */
import { useEffect, useRef } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { store } from '../../store/app-store.js';
import { usePartDetail } from '../detail.js';
import { attachOverviewPointer } from './overview-pointer.js';
import { edgeAt, paintScene, readColors, type Colors, type View } from './paint.js';
import { sameStill, type Scene } from './scene.js';
import { fitBackingStore, useViewRedraw } from './use-view-redraw.js';
import { autoPanStep } from './auto-pan.js';

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
  /** The parts a drag is moving (with everything inside them); undefined when nothing is dragged. */
  const moving = useRef<ReadonlySet<string> | undefined>(undefined);
  /** While parts are dragged, everything else painted once, copied each frame under the moving parts. */
  const still = useRef<{ canvas: HTMLCanvasElement; key: string; drawn: number; scene: Scene } | undefined>(undefined);

  const viewOf = (): View => {
    const [x, y, zoom] = storeApi.getState().transform;
    return { x, y, zoom };
  };

  const paintStill = (canvas: HTMLCanvasElement, view: View, dpr: number, colors: Colors, except: ReadonlySet<string>) => {
    const { width, height } = storeApi.getState();
    const key = `${view.x},${view.y},${view.zoom},${width},${height},${dpr},${colors.card},${colors.edge}`;
    const kept = still.current;
    if (kept?.key === key && (kept.scene === scene || sameStill(kept.scene, scene, except))) {
      kept.scene = scene;
      return kept;
    }
    const bitmap = kept?.canvas ?? document.createElement('canvas');
    bitmap.width = canvas.width;
    bitmap.height = canvas.height;
    const drawn = paintScene(bitmap.getContext('2d')!, scene, view, width, height, dpr, colors, { except });
    still.current = { canvas: bitmap, key, drawn, scene };
    return still.current;
  };

  const redraw = useViewRedraw(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const { width, height } = storeApi.getState();
    const dpr = fitBackingStore(canvas, width, height);
    const view = viewOf();
    const colors = readColors(canvas);
    let drawn: number;
    const dragged = moving.current;
    if (dragged) {
      const base = paintStill(canvas, view, dpr, colors, dragged);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(base.canvas, 0, 0);
      drawn = base.drawn + paintScene(ctx, scene, view, width, height, dpr, colors, { only: dragged, over: true });
    } else {
      still.current = undefined;
      drawn = paintScene(ctx, scene, view, width, height, dpr, colors);
    }
    // For tests and the benchmark: how many parts the last frame drew, of how many.
    canvas.dataset.drawn = String(drawn);
    canvas.dataset.parts = String(scene.containers.length + scene.cards.length);
  });

  useEffect(() => redraw(), [scene, redraw]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const root = canvas?.closest<HTMLElement>('.react-flow');
    if (!canvas || !root) return;
    let dragBox: DOMRect | undefined;
    return attachOverviewPointer(root, {
      store,
      scene: () => live.current.scene,
      kindLabel: (kind) => live.current.kindLabel[kind],
      flowPoint: (x, y) => live.current.rf.screenToFlowPosition({ x, y }),
      edgeAt: (x, y) => {
        const ctx = canvas.getContext('2d');
        const box = canvas.getBoundingClientRect();
        if (!ctx) return undefined;
        return edgeAt(ctx, live.current.scene, viewOf(), window.devicePixelRatio || 1, { x: x - box.left, y: y - box.top });
      },
      autoPan: async (x, y) => {
        const { panBy, autoPanSpeed, autoPanOnNodeDrag } = storeApi.getState();
        if (!autoPanOnNodeDrag) return false;
        // Measured once per drag: reading it every frame would make the browser lay out every frame.
        const box = (dragBox ??= root.getBoundingClientRect());
        const step = autoPanStep({ x: x - box.left, y: y - box.top }, box.width, box.height, autoPanSpeed);
        return step.x !== 0 || step.y !== 0 ? panBy(step) : false;
      },
      onDragging: (ids) => {
        dragBox = undefined;
        moving.current = ids;
        redraw();
        live.current.onDragging(ids !== undefined);
      },
    });
    // Set up once: everything that changes is read through `live`, and viewOf reads the store, which does not change.
  }, []);

  return <canvas ref={canvasRef} className="overview-canvas" data-testid="overview-canvas" aria-hidden="true" />;
}

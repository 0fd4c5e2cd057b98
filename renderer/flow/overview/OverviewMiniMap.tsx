/**
 * The minimap of a big design (more than DRAW_IN_VIEW_ONLY_ABOVE parts (Canvas.tsx)), at any zoom. React Flow's <MiniMap> skips
 * hidden nodes (the overview hides them all) and subscribes per node (a thousand selectors per drag frame
 * when zoomed in), so this one draws the overview scene on a small <canvas>, in
 * React Flow's minimap place and look, and is pannable and zoomable like it. Pans and zooms redraw it from
 * a store subscription in an animation frame, without a React render.
 */
import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { KIND_COLORS } from '../icons.js';
import { readColors, visibleRect } from './paint.js';
import type { Scene } from './scene.js';
import { fitBackingStore, useViewRedraw } from './use-view-redraw.js';
import {
  centerViewportOn,
  fitMinimap,
  minimapContent,
  rectToMinimap,
  toFlow,
  wheelZoom,
  zoomAroundCenter,
  type MinimapFit,
} from './minimap-geometry.js';

/** React Flow's default minimap size, in CSS pixels. */
const WIDTH = 200;
const HEIGHT = 150;
const CANVAS_STYLE = { display: 'block', width: WIDTH, height: HEIGHT, touchAction: 'none' } as const;
const IS_MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.userAgent);

interface MinimapColors {
  mask: string;
  stroke: string;
}

function readMinimapColors(el: Element): MinimapColors {
  const css = getComputedStyle(el);
  const v = (name: string) => css.getPropertyValue(name).trim();
  const stroke = v('--xy-minimap-mask-stroke-color');
  return {
    mask:
      v('--xy-minimap-mask-background-color') || v('--xy-minimap-mask-background-color-default') || 'rgba(240, 240, 240, 0.6)',
    // React Flow's default stroke is transparent; the view's outline helps find it on a busy map.
    stroke: stroke && stroke !== 'transparent' ? stroke : readColors(el).accent,
  };
}

/** Least time between redraws caused by design changes (pans and zooms redraw every frame). */
const SCENE_REDRAW_MS = 100;

export function OverviewMiniMap({ scene }: { scene: Scene }) {
  const { t } = useTranslation();
  const storeApi = useStoreApi();
  const rf = useReactFlow();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const sceneRef = useRef(scene);
  const rfRef = useRef(rf);
  rfRef.current = rf;
  /** The fit last drawn: pointer positions are read against what the user sees. */
  const fitRef = useRef<MinimapFit | null>(null);
  /** Held while dragging: the map does not rescale under the pointer as the view moves. */
  const dragFit = useRef<MinimapFit | null>(null);
  /** When the map was last drawn, and a redraw waiting for SCENE_REDRAW_MS to pass. */
  const lastDraw = useRef(0);
  const sceneTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const redraw = useViewRedraw(() => {
    lastDraw.current = performance.now();
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const { transform, width, height } = storeApi.getState();
    const dpr = fitBackingStore(canvas, WIDTH, HEIGHT);
    const s = sceneRef.current;
    const view = visibleRect({ x: transform[0], y: transform[1], zoom: transform[2] }, width, height);
    const empty = s.containers.length + s.cards.length === 0;
    const fit = dragFit.current ?? fitMinimap(minimapContent(empty ? undefined : s.bounds, view), WIDTH, HEIGHT);
    fitRef.current = fit;
    const colors = readMinimapColors(canvas);

    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    // Boxes in flow units; one CSS pixel is 1 / scale of them.
    const k = dpr * fit.scale;
    ctx.setTransform(k, 0, 0, k, -k * fit.x, -k * fit.y);
    const px = 1 / fit.scale;
    ctx.lineWidth = px;
    for (const b of s.containers) {
      ctx.globalAlpha = 0.12;
      ctx.fillStyle = KIND_COLORS[b.kind];
      ctx.fillRect(b.x, b.y, b.width, b.height);
      ctx.globalAlpha = 1;
      ctx.strokeStyle = KIND_COLORS[b.kind];
      ctx.strokeRect(b.x, b.y, b.width, b.height);
    }
    for (const b of s.cards) {
      ctx.fillStyle = KIND_COLORS[b.kind];
      // At least a pixel, so a far-out map still shows every card.
      ctx.fillRect(b.x, b.y, Math.max(b.width, px), Math.max(b.height, px));
    }

    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const r = rectToMinimap(fit, view);
    ctx.beginPath();
    ctx.rect(0, 0, WIDTH, HEIGHT);
    ctx.rect(r.x, r.y, r.width, r.height);
    ctx.fillStyle = colors.mask;
    ctx.fill('evenodd');
    ctx.lineWidth = 1;
    ctx.strokeStyle = colors.stroke;
    ctx.strokeRect(r.x + 0.5, r.y + 0.5, Math.max(r.width - 1, 0), Math.max(r.height - 1, 0));
  });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      e.stopPropagation();
      const { transform, width, height, minZoom, maxZoom } = storeApi.getState();
      const [x, y, zoom] = transform;
      // A trackpad pinch on macOS arrives as a ctrl+wheel with small deltas, as React Flow's minimap knows.
      const delta = e.deltaY * (e.ctrlKey && IS_MAC ? 10 : 1);
      const next = wheelZoom(zoom, delta, e.deltaMode, minZoom, maxZoom);
      if (next !== zoom) void rfRef.current.setViewport(zoomAroundCenter({ x, y, zoom }, width, height, next));
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => canvas.removeEventListener('wheel', onWheel);
  }, [storeApi]);

  // A drag changes the scene every frame; the map follows it a few times a second, which is all a map
  // this small shows, and leaves the frame to the canvas.
  useEffect(() => {
    sceneRef.current = scene;
    const wait = lastDraw.current + SCENE_REDRAW_MS - performance.now();
    if (wait <= 0) redraw();
    else
      sceneTimer.current ??= setTimeout(() => {
        sceneTimer.current = undefined;
        redraw();
      }, wait);
  }, [scene, redraw]);
  useEffect(() => () => clearTimeout(sceneTimer.current), []);

  const centreOnPointer = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const fit = dragFit.current;
    if (!fit) return;
    const box = e.currentTarget.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const at = toFlow(fit, {
      x: ((e.clientX - box.left) * WIDTH) / box.width,
      y: ((e.clientY - box.top) * HEIGHT) / box.height,
    });
    const { transform, width, height } = storeApi.getState();
    void rf.setViewport(centerViewportOn(at, transform[2], width, height));
  };
  const onPointerDown = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (e.button !== 0 || !fitRef.current) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    dragFit.current = fitRef.current;
    centreOnPointer(e);
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (!dragFit.current || !e.currentTarget.hasPointerCapture(e.pointerId)) return;
    e.preventDefault();
    centreOnPointer(e);
  };
  const onPointerEnd = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (!dragFit.current) return;
    dragFit.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    // Refit now the drag is over: the view may have left the held map.
    redraw();
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap overview-minimap" data-testid="overview-minimap">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={t('canvas.minimap')}
        style={CANVAS_STYLE}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onLostPointerCapture={onPointerEnd}
      />
    </Panel>
  );
}

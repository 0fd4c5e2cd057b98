/**
 * Redraws a canvas that shows React Flow's view (the overview, its minimap) at most once per frame: when
 * asked, and on its own when the view pans, zooms or resizes, the OS switches light/dark, or the window
 * moves to a screen with another pixel ratio. No React render is involved; `draw` is the latest one given.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';

export function useViewRedraw(draw: () => void): () => void {
  const storeApi = useStoreApi();
  const latest = useRef(draw);
  latest.current = draw;
  const frame = useRef(0);
  const schedule = useCallback(() => {
    if (frame.current !== 0) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      latest.current();
    });
  }, []);

  useEffect(() => {
    schedule();
    const unsubscribe = storeApi.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) schedule();
    });
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', schedule);
    // A resolution query matches one pixel ratio; after a change, watch the new one.
    let resolution: MediaQueryList | undefined;
    const watchResolution = () => {
      resolution?.removeEventListener('change', onResolution);
      resolution = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
      resolution.addEventListener('change', onResolution);
    };
    const onResolution = () => {
      watchResolution();
      schedule();
    };
    watchResolution();
    return () => {
      unsubscribe();
      scheme.removeEventListener('change', schedule);
      resolution?.removeEventListener('change', onResolution);
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [storeApi, schedule]);

  return schedule;
}

/** Sizes a canvas's backing store to its CSS size at the screen's pixel ratio; returns that ratio. */
export function fitBackingStore(canvas: HTMLCanvasElement, cssWidth: number, cssHeight: number): number {
  const dpr = window.devicePixelRatio || 1;
  const w = Math.round(cssWidth * dpr);
  const h = Math.round(cssHeight * dpr);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  return dpr;
}

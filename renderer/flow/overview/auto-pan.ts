/**
 * How fast the view pans while a part is dragged near the edge of the canvas, as React Flow pans for its
 * own node drags (calcAutoPan in @xyflow/system, which @xyflow/react does not export): within
 * AUTO_PAN_EDGE_PX of an edge, up to `speed` pixels per frame, faster the closer the pointer is.
 */
export const AUTO_PAN_EDGE_PX = 40;

function velocity(value: number, min: number, max: number): number {
  if (value < min) return Math.min(Math.max(min - value, 1), min) / min;
  if (value > max) return -Math.min(Math.max(value - max, 1), min) / min;
  return 0;
}

/**
 * The pan (in screen pixels, to add to the view's translation) for a pointer at `p`, relative to the
 * canvas's top-left corner, on a canvas `width` x `height`.
 */
export function autoPanStep(p: { x: number; y: number }, width: number, height: number, speed: number): { x: number; y: number } {
  return {
    x: velocity(p.x, AUTO_PAN_EDGE_PX, width - AUTO_PAN_EDGE_PX) * speed,
    y: velocity(p.y, AUTO_PAN_EDGE_PX, height - AUTO_PAN_EDGE_PX) * speed,
  };
}

import { describe, expect, it } from 'vitest';
import { AUTO_PAN_EDGE_PX, autoPanStep } from './auto-pan.js';

describe('auto-pan while dragging', () => {
  it('does not pan away from the edges', () => {
    expect(autoPanStep({ x: 400, y: 300 }, 800, 600, 15)).toEqual({ x: 0, y: 0 });
    expect(autoPanStep({ x: AUTO_PAN_EDGE_PX, y: 600 - AUTO_PAN_EDGE_PX }, 800, 600, 15)).toEqual({ x: 0, y: 0 });
  });

  it('pans towards the edge the pointer is near, faster the nearer, at most the speed', () => {
    // Near the right edge the view moves left (the design scrolls in from the right).
    const near = autoPanStep({ x: 790, y: 300 }, 800, 600, 15);
    const nearer = autoPanStep({ x: 799, y: 300 }, 800, 600, 15);
    expect(near.x).toBeLessThan(0);
    expect(nearer.x).toBeLessThan(near.x);
    expect(autoPanStep({ x: 2000, y: 300 }, 800, 600, 15).x).toBe(-15);
    // Near the top the view moves down; in a corner both.
    expect(autoPanStep({ x: 400, y: 5 }, 800, 600, 15).y).toBeGreaterThan(0);
    const corner = autoPanStep({ x: 0, y: 600 }, 800, 600, 15);
    expect(corner.x).toBe(15);
    expect(corner.y).toBe(-15);
  });
});

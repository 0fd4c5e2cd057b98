/**
 * What a connection is routed around (shared/editor/edge-route.ts): every card, and every container's
 * title bar (a line may cross a container's see-through body, not its title). Shared with the edges through
 * a context, null when the design is too big to route each edge on every change.
 */
import { createContext } from 'react';
import type { Design } from '../../../shared/model/design.js';
import { absoluteRect, isContainer, partMap, type Rect } from '../../../shared/editor/geometry.js';

/** Height of a container's title bar (.group-header in flow.css). */
export const TITLE_BAR_HEIGHT = 34;
/** Above this many parts the edges use React Flow's plain step path. */
export const MAX_ROUTED_PARTS = 80;

export const RouteObstacles = createContext<readonly Rect[] | null>(null);

export function routeObstacles(design: Pick<Design, 'parts'>): Rect[] | null {
  if (design.parts.length > MAX_ROUTED_PARTS) return null;
  const byId = partMap(design);
  return design.parts.map((p) => {
    const r = absoluteRect(byId, p);
    return isContainer(p.kind) ? { ...r, height: TITLE_BAR_HEIGHT } : r;
  });
}

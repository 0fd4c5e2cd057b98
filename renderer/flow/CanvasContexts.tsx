/** What every part and edge on the canvas reads from around it: the level of detail and what edges route around. */
import type { ReactNode } from 'react';
import type { Point, Rect } from '../../shared/editor/geometry.js';
import { PartDetailContext, type PartDetail } from './detail.js';
import { RouteObstacles } from './edges/route-obstacles.js';
import { RouteSet } from './edges/route-set.js';

export function CanvasContexts(props: {
  detail: PartDetail;
  obstacles: readonly Rect[] | null;
  routes: ReadonlyMap<string, readonly Point[]> | null;
  children: ReactNode;
}) {
  return (
    <PartDetailContext value={props.detail}>
      <RouteObstacles value={props.obstacles}>
        <RouteSet value={props.routes}>{props.children}</RouteSet>
      </RouteObstacles>
    </PartDetailContext>
  );
}

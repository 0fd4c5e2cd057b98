/** What every part and edge on the canvas reads from around it: the level of detail and what edges route around. */
import type { ReactNode } from 'react';
import type { Rect } from '../../shared/editor/geometry.js';
import { PartDetailContext, type PartDetail } from './detail.js';
import { RouteObstacles } from './edges/route-obstacles.js';

export function CanvasContexts(props: { detail: PartDetail; obstacles: readonly Rect[] | null; children: ReactNode }) {
  return (
    <PartDetailContext value={props.detail}>
      <RouteObstacles value={props.obstacles}>{props.children}</RouteObstacles>
    </PartDetailContext>
  );
}

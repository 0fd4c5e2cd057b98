/** How a connection looks: a stepped line in its kind's colour and dash, an arrowhead, a readable label. */
import { memo, useContext, useMemo, useRef, type CSSProperties } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { CONNECTION_LOOKS } from '../../../shared/model/connection-kinds.js';
import { routeConnection } from '../../../shared/editor/edge-route.js';
import type { Point } from '../../../shared/editor/geometry.js';
import { COMPARE_LINE_LOOKS } from '../../export/palette.js';
import type { ConnectionEdge } from './to-edges.js';
import { RouteObstacles } from './route-obstacles.js';
import { routeAround, routedPath, steppedPath } from './connection-path.js';
import { RouteSet, fitsEnds } from './route-set.js';

interface LineLook {
  color: string;
  dash: string;
  opacity?: number;
}

/**
 * The kind's colour and dash; in compare mode an added connection is green and a removed one (a ghost of the
 * other design) a faded, dashed red line, as the compare view's parts (compare.css) and the export draw them.
 */
function lineLook(data: ConnectionEdge['data']): LineLook | undefined {
  if (data?.compare) return COMPARE_LINE_LOOKS[data.compare];
  return data?.kind ? CONNECTION_LOOKS[data.kind] : undefined;
}

function lineStyle(look: LineLook): CSSProperties {
  return { stroke: look.color, strokeDasharray: look.dash || undefined, opacity: look.opacity };
}

function ConnectionEdgeViewImpl(props: EdgeProps<ConnectionEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, label, data } = props;
  const obstacles = useContext(RouteObstacles);
  // The design's routes with shared lanes spread apart (route-set.ts); this edge's own route while they
  // do not fit its ends (a part being dragged).
  const spread = useContext(RouteSet)?.get(id);
  // The last route and what it was worked out from: a drag elsewhere changes the obstacles every frame, but
  // this route only when a box near it (or one of its ends) moves.
  const lastRoute = useRef<{ key: string; points: Point[] } | null>(null);
  const {
    d: path,
    labelX,
    labelY,
  } = useMemo(() => {
    const source = { x: sourceX, y: sourceY };
    const target = { x: targetX, y: targetY };
    // Without obstacles (a big design; see route-obstacles.ts) the plain step. The image export draws the
    // same line through connectionPath (connection-path.ts).
    if (!obstacles) return steppedPath(source, target, sourcePosition, targetPosition);
    if (fitsEnds(spread, source, target)) return routedPath(spread);
    const { key, near } = routeAround(source, target, obstacles);
    if (lastRoute.current?.key !== key) lastRoute.current = { key, points: routeConnection(source, target, near) };
    return routedPath(lastRoute.current.points);
  }, [obstacles, spread, sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition]);
  const look = lineLook(data);
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={look && lineStyle(look)} interactionWidth={16} />
      {label && (
        <EdgeLabelRenderer>
          <div
            className="connection-label nopan"
            data-edge-id={id}
            data-compare={data?.compare}
            style={{
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
              borderColor: look?.color,
              opacity: look?.opacity,
            }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const ConnectionEdgeView = memo(ConnectionEdgeViewImpl);

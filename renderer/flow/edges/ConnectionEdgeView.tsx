/** How a connection looks: a stepped line in its kind's colour and dash, an arrowhead, a readable label. */
import { memo, useContext, useMemo, useRef } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { CONNECTION_LOOKS } from '../../../shared/model/connection-kinds.js';
import { obstaclesNear, roundedPath, routeConnection } from '../../../shared/editor/edge-route.js';
import type { Point } from '../../../shared/editor/geometry.js';
import type { ConnectionEdge } from './to-edges.js';
import { RouteObstacles } from './route-obstacles.js';

/** Room the line keeps straight out of a handle before it turns, so it clears the card it leaves. */
const STEP_OFFSET = 24;
const CORNER_RADIUS = 8;

function ConnectionEdgeViewImpl(props: EdgeProps<ConnectionEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, label, data } = props;
  const obstacles = useContext(RouteObstacles);
  // The last route and what it was worked out from: a drag elsewhere changes the obstacles every frame, but
  // this route only when a box near it (or one of its ends) moves.
  const lastRoute = useRef<{ key: string; points: Point[] } | null>(null);
  const [path, labelX, labelY] = useMemo((): [string, number, number] => {
    if (obstacles) {
      // Around the cards and title bars in the way (a small design; see route-obstacles.ts).
      const source = { x: sourceX, y: sourceY };
      const target = { x: targetX, y: targetY };
      const near = obstaclesNear(source, target, obstacles);
      const key = `${sourceX},${sourceY},${targetX},${targetY}|${near.map((r) => `${r.x},${r.y},${r.width},${r.height}`).join(';')}`;
      if (lastRoute.current?.key !== key) lastRoute.current = { key, points: routeConnection(source, target, near) };
      const { d, middle } = roundedPath(lastRoute.current.points, CORNER_RADIUS);
      return [d, middle.x, middle.y];
    }
    const [d, x, y] = getSmoothStepPath({
      sourceX,
      sourceY,
      sourcePosition,
      targetX,
      targetY,
      targetPosition,
      offset: STEP_OFFSET,
      borderRadius: CORNER_RADIUS,
    });
    return [d, x, y];
  }, [obstacles, sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition]);
  const look = data?.kind ? CONNECTION_LOOKS[data.kind] : undefined;
  const style = look ? { stroke: look.color, strokeDasharray: look.dash || undefined } : undefined;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} interactionWidth={16} />
      {label && (
        <EdgeLabelRenderer>
          <div
            className="connection-label nopan"
            data-edge-id={id}
            style={{
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
              borderColor: look?.color,
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

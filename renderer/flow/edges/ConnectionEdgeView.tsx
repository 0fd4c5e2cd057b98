/** How a connection looks: a stepped line in its kind's colour and dash, an arrowhead, a readable label. */
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { CONNECTION_LOOKS } from '../../../shared/model/connection-kinds.js';
import type { ConnectionEdge } from './to-edges.js';

/** Room the line keeps straight out of a handle before it turns, so it clears the card it leaves. */
const STEP_OFFSET = 24;
const CORNER_RADIUS = 8;

function ConnectionEdgeViewImpl(props: EdgeProps<ConnectionEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, label, data } = props;
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
    offset: STEP_OFFSET,
    borderRadius: CORNER_RADIUS,
  });
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

/**
 * The canvas's edges and what they are routed around. Edges are rebuilt when the connections, the selection,
 * the language or a part's name or kind changes, never because a drag frame moved a part.
 */
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Design } from '../../../shared/model/design.js';
import { routeObstacles } from './route-obstacles.js';
import { RouteCache, connectionEnds } from './route-set.js';
import { EdgeEnds, toEdges, type DescribeEdge } from './to-edges.js';

export function useFlowEdges(parts: Design['parts'], connections: Design['connections'], selection: readonly string[]) {
  const { t } = useTranslation();
  const edgeEnds = useRef(new EdgeEnds());
  const ends = edgeEnds.current.of(parts);
  const describeEdge: DescribeEdge = useCallback(
    (from, to, kind) =>
      t('connections.edgeLabel', {
        fromKind: t(`kinds.${from.kind}`),
        fromName: from.name,
        toKind: t(`kinds.${to.kind}`),
        toName: to.name,
        kind: kind ? t(`connections.kind.${kind}`) : '',
      }),
    [t],
  );
  const edges = useMemo(() => toEdges(connections, selection, ends, describeEdge), [connections, selection, ends, describeEdge]);
  const obstacles = useMemo(() => routeObstacles({ parts }), [parts]);
  const cache = useRef(new RouteCache());
  const routes = useMemo(
    () => (obstacles ? cache.current.routes(connectionEnds(parts, connections), obstacles) : null),
    [obstacles, parts, connections],
  );
  return { edges, obstacles, routes };
}

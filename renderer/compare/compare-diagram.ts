/**
 * The compare view as a picture (File > Export PNG / SVG while comparing, or the compare panel's buttons): the open
 * design with its added and changed parts marked, plus the removed parts of the other design as ghosts where they
 * were there, as the canvas shows them (compare-view.ts). Pure.
 */
import type { DesignComparison } from '../../shared/diff/index.js';
import type { Design } from '../../shared/model/design.js';
import type { Part } from '../../shared/model/parts.js';
import { absolutePosition, partMap } from '../../shared/editor/geometry.js';
import type { CompareMark, ConnectionMark } from '../export/diagram-svg.js';
import { addedConnectionIds, compareStatuses, GHOST_PREFIX, removedConnections } from './compare-view.js';

export interface CompareDiagram {
  /**
   * The open design plus the ghosts (top-level, at their absolute place, under `GHOST_PREFIX` + their id, as on the
   * canvas, so no ghost shares an id with a part of the open design) and the removed connections (between the open
   * design's parts and the ghosts).
   */
  design: Design;
  marks: Map<string, CompareMark>;
  /** Added and removed connections, by their id in `design`. */
  connectionMarks: Map<string, ConnectionMark>;
}

export function compareDiagram(before: Design, after: Design, c: DesignComparison): CompareDiagram {
  const marks = new Map<string, CompareMark>(compareStatuses(c));
  const byId = partMap(before);
  const ghosts: Part[] = [];
  for (const ref of c.parts.removed) {
    const part = byId.get(ref.id);
    if (!part) continue;
    const { parentId: _parent, ...rest } = part;
    // Under the canvas's ghost id: a part replaced by one of another kind keeps its id in the open design, and
    // one id for both would draw the new part as removed (and end the ghost lines at it).
    const id = `${GHOST_PREFIX}${part.id}`;
    ghosts.push({ ...rest, id, position: absolutePosition(byId, part) } as Part);
    marks.set(id, 'removed');
  }
  const ghostLines = removedConnections(before, after, c, (id) => `${GHOST_PREFIX}${id}`);
  const connectionMarks = new Map<string, ConnectionMark>([
    ...[...addedConnectionIds(c)].map((id) => [id, 'added'] as const),
    ...ghostLines.map((line) => [line.id, 'removed'] as const),
  ]);
  return {
    design: { ...after, parts: [...after.parts, ...ghosts], connections: [...after.connections, ...ghostLines] },
    marks,
    connectionMarks,
  };
}

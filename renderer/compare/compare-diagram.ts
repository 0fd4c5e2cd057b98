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
import { addedConnectionIds, compareStatuses, removedConnections } from './compare-view.js';

export interface CompareDiagram {
  /**
   * The open design plus the ghosts (top-level, at their absolute place; their ids are not in the open design) and
   * the removed connections (between the open design's parts and the ghosts).
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
    ghosts.push({ ...rest, position: absolutePosition(byId, part) } as Part);
    marks.set(part.id, 'removed');
  }
  const ghostLines = removedConnections(before, after, c, (id) => id);
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

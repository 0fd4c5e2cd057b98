/**
 * Structural consistency of a design that a schema alone cannot check: unique ids, parents and
 * connection ends that exist and are of an allowed kind, no nesting cycles, subnet references that
 * name subnets. A design that fails these is refused on load; the canvas never produces one.
 */
import { errorText, renderErrorText, type ErrorText } from '../errors/localized.js';
import type { ErrorTextId } from '../errors/texts.js';
import type { PathSegment } from '../util/locate.js';
import type { Design } from './design.js';
import type { Part } from './parts.js';
import { ALLOWED_PARENTS, connectionMeaning } from './structure.js';

export interface StructureProblem {
  path: PathSegment[];
  /** The reason in English. */
  message: string;
  /** The same reason as a `structure.*` text of the error table, for either language. */
  reason: ErrorText;
}

function problem(path: PathSegment[], id: ErrorTextId, params: Record<string, string>): StructureProblem {
  const reason = errorText(id, params);
  return { path, message: renderErrorText(reason, 'en'), reason };
}

export function checkStructure(design: Design): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const byId = new Map<string, Part>();
  design.parts.forEach((part, i) => {
    if (byId.has(part.id)) problems.push(problem(['parts', i, 'id'], 'structure.part-id-twice', { id: part.id }));
    byId.set(part.id, part);
  });
  design.parts.forEach((part, i) => {
    if (part.parentId !== undefined) {
      const parent = byId.get(part.parentId);
      if (!parent)
        problems.push(problem(['parts', i, 'parentId'], 'structure.missing-parent', { id: part.id, parentId: part.parentId }));
      else if (!ALLOWED_PARENTS[part.kind].includes(parent.kind)) {
        problems.push(
          problem(['parts', i, 'parentId'], 'structure.wrong-parent', {
            id: part.id,
            kind: part.kind,
            parentId: parent.id,
            parentKind: parent.kind,
          }),
        );
      }
    }
    if ('subnetIds' in part.props) {
      part.props.subnetIds.forEach((sid, j) => {
        if (byId.get(sid)?.kind !== 'subnet') {
          problems.push(problem(['parts', i, 'props', 'subnetIds', j], 'structure.not-a-subnet', { id: part.id, subnetId: sid }));
        }
      });
    }
  });
  design.parts.forEach((part, i) => {
    // Parents are checked above, so a walk longer than the part count can only be a cycle.
    let cursor: Part | undefined = part;
    for (let steps = 0; cursor?.parentId !== undefined; steps++) {
      if (steps > design.parts.length) {
        problems.push(problem(['parts', i, 'parentId'], 'structure.nested-in-itself', { id: part.id }));
        break;
      }
      cursor = byId.get(cursor.parentId);
    }
  });
  const connectionIds = new Set<string>();
  design.connections.forEach((c, i) => {
    if (connectionIds.has(c.id) || byId.has(c.id))
      problems.push(problem(['connections', i, 'id'], 'structure.connection-id-twice', { id: c.id }));
    connectionIds.add(c.id);
    const from = byId.get(c.from);
    const to = byId.get(c.to);
    if (!from) problems.push(problem(['connections', i, 'from'], 'structure.missing-from', { id: c.id, from: c.from }));
    if (!to) problems.push(problem(['connections', i, 'to'], 'structure.missing-to', { id: c.id, to: c.to }));
    if (from && to && !connectionMeaning(from.kind, to.kind)) {
      problems.push(problem(['connections', i], 'structure.connection-kinds', { id: c.id, from: from.kind, to: to.kind }));
    }
  });
  return problems;
}

/**
 * Structural consistency of a design that a schema alone cannot check: unique ids, parents and
 * connection ends that exist and are of an allowed kind, no nesting cycles, subnet references that
 * name subnets. A design that fails these is refused on load; the canvas never produces one.
 */
import type { PathSegment } from '../util/locate.js';
import type { Design } from './design.js';
import type { Part } from './parts.js';
import { ALLOWED_PARENTS, connectionMeaning } from './structure.js';

export interface StructureProblem {
  path: PathSegment[];
  message: string;
}

export function checkStructure(design: Design): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const byId = new Map<string, Part>();
  design.parts.forEach((part, i) => {
    if (byId.has(part.id)) problems.push({ path: ['parts', i, 'id'], message: `the part id "${part.id}" is used twice` });
    byId.set(part.id, part);
  });
  design.parts.forEach((part, i) => {
    if (part.parentId !== undefined) {
      const parent = byId.get(part.parentId);
      if (!parent)
        problems.push({
          path: ['parts', i, 'parentId'],
          message: `part "${part.id}" is inside "${part.parentId}", which does not exist`,
        });
      else if (!ALLOWED_PARENTS[part.kind].includes(parent.kind)) {
        problems.push({
          path: ['parts', i, 'parentId'],
          message: `part "${part.id}" (${part.kind}) cannot be inside "${parent.id}" (${parent.kind})`,
        });
      }
    }
    if ('subnetIds' in part.props) {
      part.props.subnetIds.forEach((sid, j) => {
        if (byId.get(sid)?.kind !== 'subnet') {
          problems.push({
            path: ['parts', i, 'props', 'subnetIds', j],
            message: `part "${part.id}" refers to subnet "${sid}", which is not a subnet of this design`,
          });
        }
      });
    }
  });
  design.parts.forEach((part, i) => {
    // Parents are checked above, so a walk longer than the part count can only be a cycle.
    let cursor: Part | undefined = part;
    for (let steps = 0; cursor?.parentId !== undefined; steps++) {
      if (steps > design.parts.length) {
        problems.push({ path: ['parts', i, 'parentId'], message: `part "${part.id}" is nested inside itself` });
        break;
      }
      cursor = byId.get(cursor.parentId);
    }
  });
  const connectionIds = new Set<string>();
  design.connections.forEach((c, i) => {
    if (connectionIds.has(c.id) || byId.has(c.id))
      problems.push({ path: ['connections', i, 'id'], message: `the id "${c.id}" is used twice` });
    connectionIds.add(c.id);
    const from = byId.get(c.from);
    const to = byId.get(c.to);
    if (!from)
      problems.push({
        path: ['connections', i, 'from'],
        message: `connection "${c.id}" starts at "${c.from}", which does not exist`,
      });
    if (!to)
      problems.push({ path: ['connections', i, 'to'], message: `connection "${c.id}" ends at "${c.to}", which does not exist` });
    if (from && to && !connectionMeaning(from.kind, to.kind)) {
      problems.push({
        path: ['connections', i],
        message: `connection "${c.id}" from ${from.kind} to ${to.kind} is not one the design model allows`,
      });
    }
  });
  return problems;
}

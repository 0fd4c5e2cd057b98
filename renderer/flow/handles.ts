/**
 * Where a part's connection handles are: in on its left side (target), out on its right side (source),
 * for the kinds that connections can end or start at. React Flow is told these positions up front
 * (`node.handles`), so edges are drawn before React Flow has measured the DOM; compact parts (see
 * detail.ts) carry hidden stand-ins for React Flow to measure instead of live handles. The CSS (.part-handle, React Flow's handle classes) puts the
 * elements at exactly these places: a HANDLE_SIZE square centred on the middle of the side.
 */
import { Position, type NodeHandle } from '@xyflow/react';
import { CONNECTION_TYPES } from '../../shared/model/structure.js';
import type { PartKind } from '../../shared/model/parts.js';

export const HANDLE_SIZE = 12;

export const SOURCE_KINDS: ReadonlySet<PartKind> = new Set(CONNECTION_TYPES.map((c) => c.from));
export const TARGET_KINDS: ReadonlySet<PartKind> = new Set(CONNECTION_TYPES.map((c) => c.to));

export function handlesFor(kind: PartKind, width: number, height: number): NodeHandle[] {
  const half = HANDLE_SIZE / 2;
  const y = height / 2 - half;
  const out: NodeHandle[] = [];
  if (TARGET_KINDS.has(kind))
    out.push({ id: null, type: 'target', position: Position.Left, x: -half, y, width: HANDLE_SIZE, height: HANDLE_SIZE });
  if (SOURCE_KINDS.has(kind))
    out.push({ id: null, type: 'source', position: Position.Right, x: width - half, y, width: HANDLE_SIZE, height: HANDLE_SIZE });
  return out;
}

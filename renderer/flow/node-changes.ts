/**
 * React Flow change events turned into editor commands. Drags and resizes are transactions: the first
 * frame opens one, the frame with `dragging`/`resizing` false commits it, so one drag is one undo step.
 * At the end of a drag a part moves into the innermost container under its centre that may hold it.
 */
import type { EdgeChange, NodeChange } from '@xyflow/react';
import { deleteConnections, growToFit, moveParts, reparent, resizePart } from '../../shared/editor/commands.js';
import { absoluteRect, containerAt, partMap, withDescendants } from '../../shared/editor/geometry.js';
import { canNest } from '../../shared/model/structure.js';
import type { AppStore } from '../store/app-store.js';
import type { PartNode } from './to-flow.js';

export function applyNodeChanges(store: AppStore, changes: readonly NodeChange<PartNode>[]): void {
  const editor = store.editor;
  const moves: { id: string; position: { x: number; y: number } }[] = [];
  const ended: string[] = [];
  let resizeEnded = false;
  let selection: Set<string> | undefined;
  for (const c of changes) {
    if (c.type === 'position') {
      if (c.dragging && !editor.inTransaction) editor.begin();
      if (c.position) moves.push({ id: c.id, position: c.position });
      if (c.dragging === false) ended.push(c.id);
    } else if (c.type === 'dimensions' && c.resizing !== undefined && c.dimensions) {
      if (c.resizing && !editor.inTransaction) editor.begin();
      const { width, height } = c.dimensions;
      editor.apply((d) => resizePart(d, c.id, { width, height }));
      if (!c.resizing) resizeEnded = true;
    } else if (c.type === 'select') {
      selection ??= new Set(editor.selection);
      if (c.selected) selection.add(c.id);
      else selection.delete(c.id);
    }
  }
  if (moves.length > 0) editor.apply((d) => moveParts(d, moves));
  if (ended.length > 0) {
    for (const id of ended) settleIntoContainer(store, id);
    editor.commit();
  }
  if (resizeEnded) editor.commit();
  if (selection) editor.select([...selection]);
}

/** After a drag: the part moves into the innermost container under its centre that may hold it, which grows to fit. */
export function settleIntoContainer(store: AppStore, id: string): void {
  const design = store.editor.design;
  const part = design.parts.find((p) => p.id === id);
  if (!part) return;
  const r = absoluteRect(partMap(design), part);
  const centre = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  const target = containerAt(design, part.kind, centre, withDescendants(design, [id]));
  if (target?.id !== part.parentId && (target || canNest(part.kind, undefined))) {
    store.editor.apply((d) => reparent(d, id, target?.id));
  }
  const after = store.editor.design.parts.find((p) => p.id === id);
  if (after?.parentId !== undefined) store.editor.apply((d) => growToFit(d, after.parentId));
}

export function applyEdgeChanges(store: AppStore, changes: readonly EdgeChange[]): void {
  let selection: Set<string> | undefined;
  const removed: string[] = [];
  for (const c of changes) {
    if (c.type === 'select') {
      selection ??= new Set(store.editor.selection);
      if (c.selected) selection.add(c.id);
      else selection.delete(c.id);
    } else if (c.type === 'remove') removed.push(c.id);
  }
  if (removed.length > 0) store.editor.apply((d) => deleteConnections(d, removed));
  if (selection) store.editor.select([...selection]);
}

/** Runs ELK on the current design and applies the result as one undo step. */
import ELK from 'elkjs/lib/elk.bundled.js';
import { moveParts, resizePart } from '../../shared/editor/commands.js';
import type { Design } from '../../shared/model/design.js';
import type { AppStore } from '../store/app-store.js';
import { fromElkGraph, toElkGraph, type LayoutResult } from './elk-graph.js';

const elk = new ELK();

export async function computeLayout(design: Design): Promise<LayoutResult> {
  const laid = await elk.layout(toElkGraph(design));
  return fromElkGraph(design, laid);
}

export async function autoLayout(store: AppStore): Promise<void> {
  const design = store.editor.design;
  const result = await computeLayout(design);
  // The design may have changed while ELK ran; a stale layout would undo that edit.
  if (store.editor.design !== design) return;
  store.editor.begin();
  store.editor.apply((d) => {
    let next = moveParts(d, result.positions);
    for (const { id, size } of result.sizes) next = resizePart(next, id, size);
    return next;
  });
  store.editor.commit();
}

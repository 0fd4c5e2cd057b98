/**
 * Adding a part without a pointer: a palette item with Enter, or "Add part…" in the command palette.
 * The part goes where shared/editor/insert-target.ts says, at a free spot, as one undo step; it is then
 * selected and centred, and a screen reader hears where it went.
 */
import { insertPart } from '../../shared/editor/commands.js';
import { insertTarget } from '../../shared/editor/insert-target.js';
import type { PartKind } from '../../shared/model/parts.js';
import { i18next } from '../i18n/index.js';
import { announce } from '../app/announce.js';
import type { AppStore } from '../store/app-store.js';

/** Adds a part of `kind`; returns its id, or undefined (with a message) when it has nowhere to go. */
export function addPartFromKeyboard(store: AppStore, kind: PartKind): string | undefined {
  const t = i18next.t;
  const target = insertTarget(store.editor.design, store.editor.selection, kind);
  if ('needs' in target) {
    const parents = target.needs.map((k) => t(`kinds.${k}`)).join(' / ');
    store.setBanner({ kind: 'error', text: t('problemsPanel.needsSelection', { kind: t(`kinds.${kind}`), parents }) });
    return undefined;
  }
  const { parentId } = target;
  let id = '';
  store.editor.begin();
  store.editor.apply((d) => {
    // Free space inside the parent, which grows to hold it: the same placement as a palette drop.
    const added = insertPart(d, kind, parentId !== undefined ? { parentId } : {});
    id = added.id;
    return added.design;
  });
  store.editor.commit();
  store.focusFinding([id]);
  const parentName = store.editor.design.parts.find((p) => p.id === parentId)?.name;
  announce(
    parentName === undefined
      ? t('problemsPanel.addedPartTopLevel', { kind: t(`kinds.${kind}`) })
      : t('problemsPanel.addedPart', { kind: t(`kinds.${kind}`), parent: parentName }),
  );
  return id;
}

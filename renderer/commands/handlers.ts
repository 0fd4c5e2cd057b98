/**
 * What each command does, by id. The type is `Record<CommandId, CommandHandler>`, so a command described in
 * shared/commands/descriptors.ts without a handler here does not compile. When a command may run is its
 * descriptor's `enabledWhen`, checked before the handler is called.
 */
import { copyParts, duplicateParts, pasteClip } from '../../shared/editor/clipboard.js';
import { deleteConnections, deleteParts, selectAll } from '../../shared/editor/commands.js';
import type { CommandId } from '../../shared/commands/ids.js';
import { newDesign, openFile } from '../app/documents.js';
import { compareWith } from '../compare/CompareWithDialog.js';
import { exportDeploymentBundle } from '../app/export-bundle.js';
import { exportClusterYaml } from '../app/export-yaml.js';
import { importYaml } from '../app/import-yaml.js';
import { save } from '../app/save.js';
import { imageExportDialog } from '../export/image-export-dialog-state.js';
import { flow } from '../flow/view-bridge.js';
import { currentLanguage, setLanguage } from '../i18n/index.js';
import { autoLayout } from '../layout/auto-layout.js';
import { setLearningMode } from '../learn/learning-mode.js';
import { store } from '../store/app-store.js';
import { ui } from '../store/ui-store.js';

export type CommandHandler = () => void | Promise<void>;

/** Applies an edit that yields new parts and selects them (paste, duplicate). */
function applyAndSelect(edit: (design: typeof store.editor.design) => { design: typeof store.editor.design; ids: string[] }) {
  let ids: string[] = [];
  store.editor.apply((d) => {
    const out = edit(d);
    ids = out.ids;
    return out.design;
  });
  store.editor.select(ids);
}

export const COMMAND_HANDLERS: Record<CommandId, CommandHandler> = {
  'file.new': async () => void (await newDesign()),
  'file.home': () => store.showStart(),
  'file.open': openFile,
  'file.compare': compareWith,
  'file.save': async () => void (await save(false)),
  'file.saveAs': async () => void (await save(true)),
  'file.importYaml': importYaml,
  'file.exportYaml': exportClusterYaml,
  'file.exportBundle': exportDeploymentBundle,
  'file.exportPng': () => imageExportDialog.open('png'),
  'file.exportSvg': () => imageExportDialog.open('svg'),
  'edit.undo': () => void store.editor.undo(),
  'edit.redo': () => void store.editor.redo(),
  'edit.copy': () => void (store.clip = copyParts(store.editor.design, store.editor.selection)),
  'edit.paste': () => applyAndSelect((d) => pasteClip(d, store.clip!)),
  'edit.duplicate': () => applyAndSelect((d) => duplicateParts(d, store.editor.selection)),
  'edit.delete': () => {
    const sel = store.editor.selection;
    store.editor.apply((d) => deleteConnections(deleteParts(d, sel), sel));
    store.editor.select([]);
  },
  'edit.selectAll': () => store.editor.select(selectAll(store.editor.design)),
  'edit.addPart': () => ui.set({ addPartOpen: true }),
  'view.fit': () => void flow()?.fitView({ includeHiddenNodes: true }),
  'view.zoomIn': () => void flow()?.zoomIn(),
  'view.zoomOut': () => void flow()?.zoomOut(),
  'view.autoLayout': async () => {
    await autoLayout(store);
    setTimeout(() => void flow()?.fitView({ includeHiddenNodes: true }), 0);
  },
  'view.commandPalette': () => ui.set({ commandPaletteOpen: true }),
  'view.language': () => setLanguage(currentLanguage() === 'ja' ? 'en' : 'ja'),
  'view.toggleMinimap': () => ui.set({ showMinimap: !ui.get().showMinimap }),
  'view.toggleYamlPreview': () => ui.set({ showYamlPreview: !ui.get().showYamlPreview }),
  'view.toggleProblems': () => ui.set({ showProblems: !ui.get().showProblems }),
  'view.toggleCost': () => ui.set({ showCost: !ui.get().showCost }),
  'help.about': () => ui.set({ aboutOpen: true }),
  'view.toggleLearningMode': () => setLearningMode(!ui.get().learningMode),
  'help.rulesReference': () => ui.set({ rulesReferenceOpen: true }),
  'help.learn': () => ui.set({ learnOpen: true }),
};

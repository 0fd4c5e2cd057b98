/**
 * The command registry: `{ id, labelKey, shortcut, run }`. Toolbar buttons, keyboard shortcuts, the
 * command palette and the native menu all call `runCommand(id)`.
 */
import { copyParts, duplicateParts, pasteClip } from '../../shared/editor/clipboard.js';
import { deleteConnections, deleteParts, selectAll } from '../../shared/editor/commands.js';
import { newDesign, openFile } from '../app/documents.js';
import { exportClusterYaml } from '../app/export-yaml.js';
import { importYaml } from '../app/import-yaml.js';
import { save } from '../app/save.js';
import { imageExportDialog } from '../export/image-export-dialog-state.js';
import { flow } from '../flow/view-bridge.js';
import { currentLanguage, setLanguage } from '../i18n/index.js';
import { autoLayout } from '../layout/auto-layout.js';
import { store } from '../store/app-store.js';
import { ui } from '../store/ui-store.js';
import { COMMAND_IDS, type CommandId } from '../../shared/commands/ids.js';
import { shortcutLabel } from './shortcuts.js';
import { reportError } from '../app/report-error.js';

export interface Command {
  id: CommandId;
  labelKey: string;
  shortcut: string;
  /** Whether the command makes sense now (e.g. undo with an empty history). */
  enabled: () => boolean;
  run: () => void | Promise<void>;
}

const inEditor = () => store.getState().screen === 'editor';
const hasSelection = () => inEditor() && store.getState().selection.length > 0;

const RUN: Record<CommandId, { run: () => void | Promise<void>; enabled?: () => boolean; labelKey?: string }> = {
  'file.new': { run: async () => void (await newDesign()) },
  'file.home': { run: () => store.showStart() },
  'file.open': { run: openFile },
  'file.save': { run: async () => void (await save(false)), enabled: inEditor },
  'file.saveAs': { run: async () => void (await save(true)), enabled: inEditor },
  'file.importYaml': { run: importYaml },
  'file.exportYaml': { run: exportClusterYaml, enabled: inEditor },
  'file.exportPng': { run: () => imageExportDialog.open('png'), enabled: inEditor },
  'file.exportSvg': { run: () => imageExportDialog.open('svg'), enabled: inEditor },
  'edit.undo': { run: () => void store.editor.undo(), enabled: () => inEditor() && store.getState().canUndo },
  'edit.redo': { run: () => void store.editor.redo(), enabled: () => inEditor() && store.getState().canRedo },
  'edit.copy': { run: () => void (store.clip = copyParts(store.editor.design, store.editor.selection)), enabled: hasSelection },
  'edit.paste': {
    enabled: () => inEditor() && store.clip !== null,
    run: () => {
      let ids: string[] = [];
      store.editor.apply((d) => {
        const out = pasteClip(d, store.clip!);
        ids = out.ids;
        return out.design;
      });
      store.editor.select(ids);
    },
  },
  'edit.duplicate': {
    enabled: hasSelection,
    run: () => {
      let ids: string[] = [];
      store.editor.apply((d) => {
        const out = duplicateParts(d, store.editor.selection);
        ids = out.ids;
        return out.design;
      });
      store.editor.select(ids);
    },
  },
  'edit.delete': {
    enabled: hasSelection,
    run: () => {
      const sel = store.editor.selection;
      store.editor.apply((d) => deleteConnections(deleteParts(d, sel), sel));
      store.editor.select([]);
    },
  },
  'edit.selectAll': { run: () => store.editor.select(selectAll(store.editor.design)), enabled: inEditor },
  'edit.addPart': { labelKey: 'problemsPanel.addPart', run: () => ui.set({ addPartOpen: true }), enabled: inEditor },
  'view.fit': { run: () => void flow()?.fitView({ includeHiddenNodes: true }), enabled: inEditor },
  'view.zoomIn': { run: () => void flow()?.zoomIn(), enabled: inEditor },
  'view.zoomOut': { run: () => void flow()?.zoomOut(), enabled: inEditor },
  'view.autoLayout': {
    enabled: inEditor,
    run: async () => {
      await autoLayout(store);
      setTimeout(() => void flow()?.fitView({ includeHiddenNodes: true }), 0);
    },
  },
  'view.commandPalette': { run: () => ui.set({ commandPaletteOpen: true }) },
  'view.language': { run: () => setLanguage(currentLanguage() === 'ja' ? 'en' : 'ja') },
  'view.toggleMinimap': { run: () => ui.set({ showMinimap: !ui.get().showMinimap }) },
  'view.toggleYamlPreview': { run: () => ui.set({ showYamlPreview: !ui.get().showYamlPreview }) },
  'view.toggleProblems': { run: () => ui.set({ showProblems: !ui.get().showProblems }) },
  'view.toggleCost': { run: () => ui.set({ showCost: !ui.get().showCost }) },
  'help.about': { run: () => ui.set({ aboutOpen: true }) },
  'help.rulesReference': { run: () => ui.set({ rulesReferenceOpen: true }) },
};

export const COMMANDS: readonly Command[] = COMMAND_IDS.map((id) => ({
  id,
  labelKey: RUN[id].labelKey ?? `cmd.${id}`,
  shortcut: shortcutLabel(id),
  enabled: RUN[id].enabled ?? (() => true),
  run: RUN[id].run,
}));

export function runCommand(id: CommandId): void {
  const cmd = COMMANDS.find((c) => c.id === id);
  if (!cmd || !cmd.enabled()) return;
  try {
    const out = cmd.run();
    if (out instanceof Promise) out.catch(reportError);
  } catch (err) {
    reportError(err);
  }
}

/**
 * Ids of the commands the UI supports. The native menu (Platform.onMenuCommand), the toolbar, the
 * keyboard shortcuts and the command palette all run commands by these ids.
 */
export const COMMAND_IDS = [
  'file.new',
  'file.home',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.importYaml',
  'file.exportYaml',
  'file.exportBundle',
  'file.exportPng',
  'file.exportSvg',
  'edit.undo',
  'edit.redo',
  'edit.copy',
  'edit.paste',
  'edit.duplicate',
  'edit.delete',
  'edit.selectAll',
  'edit.addPart',
  'view.fit',
  'view.zoomIn',
  'view.zoomOut',
  'view.autoLayout',
  'view.commandPalette',
  'view.language',
  'view.toggleMinimap',
  'view.toggleYamlPreview',
  'view.toggleProblems',
  'view.toggleCost',
  'help.about',
  'help.rulesReference',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

export function isCommandId(value: string): value is CommandId {
  return (COMMAND_IDS as readonly string[]).includes(value);
}

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { COMMAND_DESCRIPTORS } from '../shared/commands/descriptors.js';
import { COMMAND_IDS, type CommandId } from '../shared/commands/ids.js';
import { menuLabel } from '../shared/commands/labels.js';
import { menuCommandIdSchema } from '../shared/ipc/contract.js';
import { buildMenuTemplate, toAccelerator, type MenuState } from './menu.js';

const state = (overrides: Partial<MenuState> = {}): MenuState => ({
  platform: 'linux',
  appName: 'EKS Sandbox',
  language: 'en',
  recent: [],
  devTools: false,
  ...overrides,
});

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}
const byLabel = (items: MenuItemConstructorOptions[], label: string) => flatten(items).find((i) => i.label === label);
const byId = (items: MenuItemConstructorOptions[], id: string) => flatten(items).find((i) => i.id === id);
type Click = (item: unknown, window: unknown, event: { triggeredByAccelerator?: boolean }) => void;
const click = (i: MenuItemConstructorOptions | undefined, event: { triggeredByAccelerator?: boolean } = {}) =>
  (i?.click as Click | undefined)?.(i, undefined, event);
const labels = (m: MenuItemConstructorOptions) =>
  (m.submenu as MenuItemConstructorOptions[]).map((i) => (i.type === 'separator' ? '---' : i.label));

/** Ids of the commands whose descriptor places them in the native menu. */
const MENU_COMMANDS = COMMAND_IDS.filter((id) => !('none' in COMMAND_DESCRIPTORS[id].menu));

function build(overrides: Partial<MenuState> = {}) {
  const actions = { send: vi.fn(), openRecent: vi.fn(), closeWindow: vi.fn() };
  return { template: buildMenuTemplate(state(overrides), actions), actions };
}

describe('buildMenuTemplate', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('on %s, shows every command placed in a menu exactly once', (platform) => {
    const { template } = build({ platform });
    const ids = flatten(template).flatMap((i) => (i.id ? [i.id] : []));
    expect([...ids].sort()).toEqual([...MENU_COMMANDS].sort());
    // Today every command belongs in a menu (the cost panel toggle was missing before the descriptors).
    expect(MENU_COMMANDS).toEqual(COMMAND_IDS);
    expect(ids).toContain('view.toggleCost');
  });

  it('has File, Edit, View, Help with items in their descriptors’ groups and order', () => {
    const { template } = build();
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(labels(template[0]!)).toEqual([
      'New design',
      'Start Screen and Templates',
      'Open…',
      'Open Recent',
      '---',
      'Save',
      'Save as…',
      'Compare with Last Save or File…',
      '---',
      'Import eksctl YAML…',
      'Export cluster.yaml',
      'Export deployment bundle…',
      'Export PNG',
      'Export SVG',
      '---',
      'Close Window',
      'Quit',
    ]);
    expect(labels(template[1]!)).toEqual([
      'Undo',
      'Redo',
      '---',
      'Copy',
      'Paste',
      'Duplicate',
      'Delete',
      '---',
      'Select all',
      'Add part…',
    ]);
    expect(labels(template[2]!)).toEqual([
      'Fit to screen',
      'Zoom in',
      'Zoom out',
      '---',
      'Show/hide minimap',
      'Show/hide YAML preview',
      'Show/hide problems',
      'Show/hide cost estimate',
      'Language: 日本語',
      'Learning mode on/off',
      '---',
      'Auto layout',
      'Command palette…',
    ]);
    expect(labels(template[3]!)).toEqual(['Rules reference', 'Learn EKS: Concepts and Patterns…', '---', 'About EKS Sandbox']);
  });

  it('is in Japanese when the renderer is: titles, every command, and its own items', () => {
    const { template } = build({ language: 'ja', recent: [] });
    expect(template.map((m) => m.label)).toEqual(['ファイル(&F)', '編集(&E)', '表示(&V)', 'ヘルプ(&H)']);
    for (const id of MENU_COMMANDS) expect(byId(template, id)?.label, id).toBe(menuLabel(id, 'ja'));
    expect(byLabel(template, '最近使ったファイルを開く')).toBeDefined();
    expect(byLabel(template, '最近使ったファイルはありません')?.enabled).toBe(false);
    expect(byLabel(template, 'ウィンドウを閉じる')).toBeDefined();
    // No English label is left over.
    for (const item of flatten(template)) if (item.label) expect(item.label, item.label).not.toMatch(/^[A-Z][a-z]+( [a-z]+)*…?$/);
  });

  it('sends each item’s own command id, one the IPC contract accepts', () => {
    const { template, actions } = build();
    for (const id of MENU_COMMANDS) {
      actions.send.mockClear();
      click(byId(template, id));
      expect(actions.send.mock.calls).toEqual([[id]]);
      expect(menuCommandIdSchema.safeParse(id).success).toBe(true);
    }
  });

  it('shows the renderer’s shortcuts without registering them', () => {
    const { template } = build();
    expect(byId(template, 'file.save')).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: false });
    expect(byId(template, 'file.saveAs')?.accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(byId(template, 'edit.undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(byId(template, 'view.fit')?.accelerator).toBe('Shift+1');
  });

  it('sends nothing for an item reached by its key: the page handles the key, or a text field has it', () => {
    for (const platform of ['darwin', 'linux'] as const) {
      const { template, actions } = build({ platform });
      click(byId(template, 'edit.duplicate'), { triggeredByAccelerator: true });
      click(byId(template, 'edit.delete'), { triggeredByAccelerator: true });
      expect(actions.send).not.toHaveBeenCalled();
      click(byId(template, 'edit.duplicate'), { triggeredByAccelerator: false });
      expect(actions.send).toHaveBeenCalledWith('edit.duplicate');
    }
  });

  it('Close closes the window', () => {
    const { template, actions } = build();
    click(byLabel(template, 'Close Window'));
    expect(actions.closeWindow).toHaveBeenCalled();
    expect(byLabel(template, 'Close Window')?.accelerator).toBe('CmdOrCtrl+W');
  });

  it('lists recent files that open by path, escaping & for mnemonics', () => {
    const { template, actions } = build({ recent: [{ name: 'R&D.eksdesign', path: '/d/R&D.eksdesign' }] });
    const entry = byLabel(template, '1 R&&D.eksdesign');
    click(entry);
    expect(actions.openRecent).toHaveBeenCalledWith('/d/R&D.eksdesign');
    expect(byLabel(build().template, 'No Recent Files')?.enabled).toBe(false);
  });

  it('on macOS: app menu first with About, Edit items with the text editing roles, no Quit in File', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]!.label).toBe('EKS Sandbox');
    expect(byId([template[0]!], 'help.about')).toBeDefined();
    const edit = template.find((m) => m.label === '&Edit')!;
    const roles = (edit.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator').map((i) => i.role ?? i.id);
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'edit.duplicate', 'edit.delete', 'selectAll', 'edit.addPart']);
    // A role item has no click of its own: Electron ignores it there.
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
      expect(flatten(template).find((i) => i.role === role)?.click, role).toBeUndefined();
    expect(flatten(template).map((i) => i.role)).toEqual(expect.arrayContaining(['quit', 'windowMenu']));
    expect(byLabel(template.find((m) => m.label === '&File')!.submenu as MenuItemConstructorOptions[], 'Quit')).toBeUndefined();
    expect(byLabel(build({ platform: 'darwin', language: 'ja' }).template, 'EKS Sandbox を終了')?.role).toBe('quit');
  });

  it('elsewhere: Undo, Redo, Copy, Paste and Select All run the diagram’s commands (the page edits text itself)', () => {
    const { template } = build({ platform: 'win32' });
    for (const id of ['edit.undo', 'edit.redo', 'edit.copy', 'edit.paste', 'edit.selectAll'] as CommandId[]) {
      expect(byId(template, id)?.role, id).toBeUndefined();
      expect(byId(template, id)?.click, id).toBeTypeOf('function');
    }
    expect(flatten(template).some((i) => i.role === 'cut')).toBe(false);
  });

  it('offers developer tools only when asked', () => {
    expect(flatten(build().template).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(flatten(build({ devTools: true }).template).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('converts shortcuts to accelerators', () => {
    expect(toAccelerator({ key: 's', mod: true, shift: true })).toBe('CmdOrCtrl+Shift+S');
    expect(toAccelerator({ key: 'Delete' })).toBe('Delete');
    expect(toAccelerator({ key: '1', shift: true })).toBe('Shift+1');
  });
});

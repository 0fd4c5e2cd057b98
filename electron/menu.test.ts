import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { COMMAND_IDS } from '../shared/commands/ids.js';
import { menuCommandIdSchema } from '../shared/ipc/contract.js';
import { buildMenuTemplate, PLANNED_COMMAND_IDS, toAccelerator, type MenuState } from './menu.js';

const state = (overrides: Partial<MenuState> = {}): MenuState => ({
  platform: 'linux',
  appName: 'EKS Sandbox',
  recent: [],
  devTools: false,
  ...overrides,
});

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}
const byLabel = (items: MenuItemConstructorOptions[], label: string) => flatten(items).find((i) => i.label === label);
const click = (i: MenuItemConstructorOptions | undefined) => (i?.click as (() => void) | undefined)?.();

function build(overrides: Partial<MenuState> = {}) {
  const actions = { send: vi.fn(), openRecent: vi.fn(), closeWindow: vi.fn() };
  return { template: buildMenuTemplate(state(overrides), actions), actions };
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Help with the expected items in order', () => {
    const { template } = build();
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const labels = (m: MenuItemConstructorOptions) =>
      (m.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator').map((i) => i.label);
    expect(labels(template[0]!)).toEqual([
      'New from Template…',
      'Open…',
      'Open Recent',
      'Save',
      'Save As…',
      'Import eksctl YAML…',
      'Export eksctl YAML…',
      'Export Deployment Bundle…',
      'Export Image',
      'Close',
      'Quit',
    ]);
    expect(labels(template[1]!)).toEqual(['Undo', 'Redo', 'Copy', 'Paste', 'Duplicate', 'Delete', 'Select All']);
    expect(labels(template[2]!)).toEqual([
      'Fit to Window',
      'Zoom In',
      'Zoom Out',
      'Minimap',
      'YAML Preview',
      'Problems',
      'Language: English / 日本語',
      'Auto-layout',
      'Command Palette…',
    ]);
    expect(labels(template[3]!)).toEqual(['Rules Reference', 'About EKS Sandbox']);
  });

  it('sends only ids the renderer knows (enabled) or planned ones (disabled until they exist)', () => {
    const { template, actions } = build();
    const known = new Set<string>(COMMAND_IDS);
    for (const i of flatten(template)) {
      if (!i.click || !i.id) continue;
      actions.send.mockClear();
      click(i);
      const id = actions.send.mock.calls[0]?.[0] as string;
      expect(id).toBe(i.id);
      expect(menuCommandIdSchema.safeParse(id).success).toBe(true);
      if (known.has(id)) expect(i.enabled).toBe(true);
      else {
        expect(PLANNED_COMMAND_IDS as readonly string[]).toContain(id);
        expect(i.enabled).toBe(false);
      }
    }
  });

  it('Save sends file.save and shows the renderer shortcut without registering it', () => {
    const { template, actions } = build();
    const save = byLabel(template, 'Save');
    click(save);
    expect(actions.send).toHaveBeenCalledWith('file.save');
    expect(save).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: false });
    expect(byLabel(template, 'Save As…')?.accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(byLabel(template, 'Undo')?.accelerator).toBe('CmdOrCtrl+Z');
  });

  it('Import eksctl YAML sends its command; Close closes the window', () => {
    const { template, actions } = build();
    click(byLabel(template, 'Import eksctl YAML…'));
    expect(actions.send).toHaveBeenCalledWith('file.importYaml');
    click(byLabel(template, 'Close'));
    expect(actions.closeWindow).toHaveBeenCalled();
    expect(byLabel(template, 'Close')?.accelerator).toBe('CmdOrCtrl+W');
  });

  it('lists recent files that open by path, escaping & for mnemonics', () => {
    const { template, actions } = build({ recent: [{ name: 'R&D.eksdesign', path: '/d/R&D.eksdesign' }] });
    const entry = byLabel(template, '1 R&&D.eksdesign');
    click(entry);
    expect(actions.openRecent).toHaveBeenCalledWith('/d/R&D.eksdesign');
    expect(byLabel(build().template, 'No Recent Files')?.enabled).toBe(false);
  });

  it('on macOS: app menu first, native text editing roles, no Quit in File', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]!.label).toBe('EKS Sandbox');
    const roles = flatten(template)
      .map((i) => i.role)
      .filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit', 'windowMenu']));
    expect(byLabel(template, 'Quit')).toBeUndefined();
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

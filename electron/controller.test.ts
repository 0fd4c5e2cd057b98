import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => await import('./test-support/fake-electron.js'));

const fake = await import('./test-support/fake-electron.js');
const { createController } = await import('./controller.js');
const { createBackupStore } = await import('../node/backups.js');

type FakeWindow = InstanceType<typeof fake.BrowserWindow>;
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'eks-controller-'));
  fake.ipcMain.handlers.clear();
  fake.BrowserWindow.windows = [];
  fake.dialog.showMessageBox.mockReset();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function started() {
  const controller = createController({
    rendererRoot: path.join(dir, 'renderer'),
    preload: '/p/preload.cjs',
    userData: path.join(dir, 'userData'),
    devTools: false,
  });
  controller.start();
  const window = fake.BrowserWindow.windows[0] as FakeWindow;
  const invoke = (channel: string, payload: unknown) =>
    fake.ipcMain.handlers.get(`eks:${channel}`)!(
      { sender: window.webContents, senderFrame: window.webContents.mainFrame },
      payload,
    ) as Promise<unknown>;
  const sent = (channel: string) => window.webContents.sent.filter(([c]) => c === `eks:${channel}`).map(([, p]) => p);
  return { controller, window, invoke, sent };
}

describe('controller', () => {
  it('starts hardened: permission handlers, app protocol, every channel, a menu and one window', () => {
    const { window } = started();
    expect(fake.session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(fake.protocol.handlers.has('app')).toBe(true);
    expect(fake.ipcMain.handlers.size).toBeGreaterThan(10);
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(window.loadedUrl).toBe('app://bundle/index.html');
  });

  it('builds the menu in the renderer’s language, rebuilt when it changes, and asks before closing in it too', async () => {
    const { window, invoke, sent } = started();
    const lastMenu = () => fake.Menu.buildFromTemplate.mock.calls.at(-1)![0] as Array<{ label?: string; submenu?: unknown }>;
    expect(lastMenu().map((m) => m.label)).toContain('&File');
    expect(await invoke('app.setLanguage', { language: 'ja' })).toEqual({ ok: true, value: null });
    expect(lastMenu().map((m) => m.label)).toContain('ファイル(&F)');
    expect(JSON.stringify(lastMenu())).toContain('コスト見積もりの表示/非表示');
    expect(await invoke('app.setLanguage', { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(lastMenu().map((m) => m.label)).toContain('ファイル(&F)');

    await invoke('document.setState', { title: 'prod.eksdesign', dirty: true });
    fake.dialog.showMessageBox.mockResolvedValue({ response: 2 });
    window.close();
    const [question] = sent('window.closeRequested') as Array<{ requestId: number }>;
    await invoke('window.answerDirty', { requestId: question!.requestId, dirty: true });
    await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalled());
    expect(window.destroyed).toBe(false);
    expect(fake.dialog.showMessageBox.mock.calls[0]![1]).toMatchObject({
      buttons: ['保存', '保存しない', 'キャンセル'],
      message: '「prod.eksdesign」の変更を保存してから閉じますか？',
    });
  });

  it('sets the title from the renderer document state', async () => {
    const { window, invoke } = started();
    await invoke('document.setState', { title: 'prod.eksdesign', dirty: true });
    expect(window.title).toBe('● prod.eksdesign — EKS Sandbox');
  });

  it('queues a file the OS opens before the renderer listens, then sends later ones as events', async () => {
    const { controller, invoke, sent } = started();
    writeFileSync(path.join(dir, 'a.eksdesign'), 'A');
    writeFileSync(path.join(dir, 'b.eksdesign'), 'B');
    await controller.openPath(path.join(dir, 'a.eksdesign'));
    expect(sent('file.open')).toEqual([]);
    expect(await invoke('file.takePending', {})).toMatchObject({ ok: true, value: { file: { name: 'a.eksdesign', text: 'A' } } });
    await controller.openPath(path.join(dir, 'b.eksdesign'));
    expect(sent('file.open')).toMatchObject([{ file: { name: 'b.eksdesign', text: 'B' } }]);
    // Opened files are granted: an in-place save works without a dialog.
    const [event] = sent('file.open') as Array<{ file: { path: string; stamp: unknown } }>;
    const saved = await invoke('design.save', {
      text: 'B2',
      target: { path: event!.file.path, expected: event!.file.stamp },
      saveAs: false,
      suggestedName: 'b',
    });
    expect(saved).toMatchObject({ ok: true, value: { status: 'saved' } });
  });

  it('shows an error box when an OS-opened file cannot be read', async () => {
    const { controller } = started();
    fake.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    await controller.openPath(path.join(dir, 'missing.eksdesign'));
    expect(fake.dialog.showMessageBox.mock.calls[0]![1]).toMatchObject({
      type: 'error',
      detail: expect.stringContaining('does not exist'),
    });
  });

  it("close with unsaved changes: asks the renderer, prompts, Don't Save closes and drops the backup", async () => {
    const { window, invoke, sent } = started();
    await invoke('backup.write', { text: 'work' });
    fake.dialog.showMessageBox.mockResolvedValue({ response: 1 });
    window.close();
    expect(window.destroyed).toBe(false);
    const [question] = sent('window.closeRequested') as Array<{ requestId: number }>;
    await invoke('window.answerDirty', { requestId: question!.requestId, dirty: true });
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(fake.dialog.showMessageBox.mock.calls[0]![1]).toMatchObject({ buttons: ['Save', "Don't Save", 'Cancel'] });
    expect(await createBackupStore(path.join(dir, 'userData', 'backups')).list()).toEqual([]);
  });

  it('close with Save: closes only after the renderer reports the save', async () => {
    const { window, invoke, sent } = started();
    fake.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    window.close();
    const [question] = sent('window.closeRequested') as Array<{ requestId: number }>;
    await invoke('window.answerDirty', { requestId: question!.requestId, dirty: true });
    await vi.waitFor(() => expect(sent('window.saveBeforeClose')).toHaveLength(1));
    expect(window.destroyed).toBe(false);
    const [save] = sent('window.saveBeforeClose') as Array<{ requestId: number }>;
    await invoke('window.answerSaved', { requestId: save!.requestId, saved: true });
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
  });

  it('close of a clean document needs no prompt', async () => {
    const { window, invoke, sent } = started();
    window.close();
    const [question] = sent('window.closeRequested') as Array<{ requestId: number }>;
    await invoke('window.answerDirty', { requestId: question!.requestId, dirty: false });
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('menu items send their command to the window', () => {
    const { window } = started();
    const template = fake.Menu.buildFromTemplate.mock.lastCall![0] as Array<{
      submenu: Array<{ label?: string; click?: () => void }>;
    }>;
    template[0]!.submenu.find((i) => i.label === 'Save')!.click!();
    expect(window.webContents.sent).toContainEqual(['eks:menu.command', { id: 'file.save' }]);
  });
});

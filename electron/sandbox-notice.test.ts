import { describe, expect, it, vi } from 'vitest';
import { confirmWithoutSandbox, noticeMessage } from './sandbox-notice.js';

const appImageNotice = { restricted: true, appImage: '/home/u/EKS.AppImage', command: 'printf … | sudo tee …' };
const flagNotice = { restricted: false, appImage: null, command: null };

function deps(response: number) {
  return { showMessageBox: vi.fn(async () => ({ response })), writeClipboard: vi.fn() };
}

describe('confirmWithoutSandbox', () => {
  it('explains the AppImage case with the .deb and the command; Quit is the default and Escape', () => {
    const m = noticeMessage(appImageNotice, 'en');
    expect(m.buttons).toEqual(['Copy Command and Quit', 'Quit', 'Continue Without Sandbox']);
    expect(m).toMatchObject({ defaultId: 0, cancelId: 1 });
    expect(m.detail).toContain('.deb package (recommended)');
    expect(m.detail).toContain(appImageNotice.command);
    expect(noticeMessage(appImageNotice, 'ja').buttons).toEqual([
      'コマンドをコピーして終了',
      '終了',
      'サンドボックスなしで続ける',
    ]);
    expect(noticeMessage(appImageNotice, 'ja').detail).toContain('AppArmor');
  });

  it('copies the command and quits, quits, or goes on only when asked to', async () => {
    const copy = deps(0);
    expect(await confirmWithoutSandbox(appImageNotice, 'en', copy)).toBe(false);
    expect(copy.writeClipboard).toHaveBeenCalledWith(appImageNotice.command);
    const quit = deps(1);
    expect(await confirmWithoutSandbox(appImageNotice, 'en', quit)).toBe(false);
    expect(quit.writeClipboard).not.toHaveBeenCalled();
    expect(await confirmWithoutSandbox(appImageNotice, 'en', deps(2))).toBe(true);
  });

  it('for a plain --no-sandbox: Quit or Continue, nothing to copy', async () => {
    const m = noticeMessage(flagNotice, 'en');
    expect(m.buttons).toEqual(['Quit', 'Continue Without Sandbox']);
    expect(m).toMatchObject({ defaultId: 0, cancelId: 0 });
    expect(m.detail).toContain('--no-sandbox');
    expect(await confirmWithoutSandbox(flagNotice, 'en', deps(0))).toBe(false);
    expect(await confirmWithoutSandbox(flagNotice, 'en', deps(1))).toBe(true);
    // Restricted without an AppImage path (started by hand): the .deb, no command.
    expect(noticeMessage({ restricted: true, appImage: null, command: null }, 'en').detail).toMatch(
      /install the \.deb package \(recommended\)\.$/,
    );
  });
});

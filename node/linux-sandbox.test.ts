import { describe, expect, it } from 'vitest';
import {
  APPARMOR_USERNS_SWITCH,
  checkLinuxSandbox,
  noSandboxNotice,
  sandboxProblemMessage,
  setuidCommand,
  type SandboxFileSystem,
} from './linux-sandbox.js';

const DIR = '/home/u/eks-sandbox/node_modules/electron/dist';
const HELPER = `${DIR}/chrome-sandbox`;

/** A fake /proc and file system: the restriction switch's text and chrome-sandbox's owner and mode. */
function fakeFs(restrict: string | null, helper: { uid: number; mode: number } | null): SandboxFileSystem {
  return {
    readText: (file) => (file === APPARMOR_USERNS_SWITCH ? restrict : null),
    stat: (file) => (file === HELPER ? helper : null),
  };
}
const userOwned = { uid: 1000, mode: 0o100755 };
const setuidRoot = { uid: 0, mode: 0o104755 };

describe('checkLinuxSandbox', () => {
  it('finds the Ubuntu 23.10+ restriction with a chrome-sandbox that is not setuid root', () => {
    expect(checkLinuxSandbox('linux', DIR, fakeFs('1\n', userOwned))).toEqual({
      ok: false,
      reason: 'apparmor-userns',
      chromeSandbox: HELPER,
      helper: 'not-setuid-root',
    });
    expect(checkLinuxSandbox('linux', DIR, fakeFs('1', null))).toMatchObject({ ok: false, helper: 'missing' });
    // setuid but not root's, or root's without setuid, does not help.
    expect(checkLinuxSandbox('linux', DIR, fakeFs('1', { uid: 1000, mode: 0o104755 })).ok).toBe(false);
    expect(checkLinuxSandbox('linux', DIR, fakeFs('1', { uid: 0, mode: 0o100755 })).ok).toBe(false);
  });

  it('is fine with a setuid-root helper, an unrestricted kernel, an older one without the switch, or another OS', () => {
    expect(checkLinuxSandbox('linux', DIR, fakeFs('1', setuidRoot))).toEqual({ ok: true });
    expect(checkLinuxSandbox('linux', DIR, fakeFs('0\n', userOwned))).toEqual({ ok: true });
    expect(checkLinuxSandbox('linux', DIR, fakeFs(null, userOwned))).toEqual({ ok: true });
    expect(checkLinuxSandbox('darwin', DIR, fakeFs('1', userOwned))).toEqual({ ok: true });
    expect(checkLinuxSandbox('win32', DIR, fakeFs('1', null))).toEqual({ ok: true });
  });

  it('explains what is wrong and gives the one command that keeps the sandbox, never --no-sandbox', () => {
    const check = checkLinuxSandbox('linux', DIR, fakeFs('1', userOwned));
    if (check.ok) throw new Error('expected a problem');
    const message = sandboxProblemMessage(check);
    expect(message).toContain(APPARMOR_USERNS_SWITCH);
    expect(message).toContain(`sudo chown root:root ${HELPER} && sudo chmod 4755 ${HELPER}`);
    expect(message).toContain('browser version');
    expect(message).not.toMatch(/no-sandbox|disable/i);
  });

  it('quotes a path with spaces or quotes for the shell', () => {
    expect(setuidCommand("/home/u/my app's/chrome-sandbox")).toBe(
      `sudo chown root:root '/home/u/my app'\\''s/chrome-sandbox' && sudo chmod 4755 '/home/u/my app'\\''s/chrome-sandbox'`,
    );
  });
});

describe('noSandboxNotice', () => {
  const appImage = '/home/u/Apps/EKS Sandbox-0.1.0.AppImage';
  const argv = ['/tmp/.mount_EKS SaXY/eks-sandbox', '--no-sandbox'];

  it('notices an AppImage its launcher started without the sandbox, and gives the AppArmor profile command', () => {
    const notice = noSandboxNotice('linux', argv, { APPIMAGE: appImage }, fakeFs('1', null));
    expect(notice).toMatchObject({ restricted: true, appImage });
    expect(notice!.command).toBe(
      `printf '%s\\n' 'abi <abi/4.0>,' 'include <tunables/global>' 'profile eks-sandbox-appimage "${appImage}" flags=(unconfined) {' '  userns,' '}' | sudo tee /etc/apparmor.d/eks-sandbox-appimage >/dev/null && sudo apparmor_parser -r /etc/apparmor.d/eks-sandbox-appimage`,
    );
    // The profile the command writes, as the shell's printf prints it.
    const printed = notice!
      .command!.match(/^printf '%s\\n' (.*) \| sudo/)![1]!
      .match(/'((?:[^']|'\\'')*)'/g)!
      .map((q) => q.slice(1, -1));
    expect(printed.join('\n')).toBe(
      `abi <abi/4.0>,\ninclude <tunables/global>\nprofile eks-sandbox-appimage "${appImage}" flags=(unconfined) {\n  userns,\n}`,
    );
  });

  it('says nothing when the sandbox is on, or off elsewhere than Linux; gives no command it cannot know', () => {
    expect(noSandboxNotice('linux', [argv[0]!], { APPIMAGE: appImage }, fakeFs('1', null))).toBeNull();
    expect(noSandboxNotice('darwin', argv, {}, fakeFs('1', null))).toBeNull();
    // The executable's own path is no flag.
    expect(noSandboxNotice('linux', ['--no-sandbox'], {}, fakeFs('1', null))).toBeNull();
    expect(noSandboxNotice('linux', argv, {}, fakeFs('1', null))).toEqual({ restricted: true, appImage: null, command: null });
    expect(noSandboxNotice('linux', argv, { APPIMAGE: appImage }, fakeFs('0', null))).toEqual({
      restricted: false,
      appImage,
      command: null,
    });
    expect(noSandboxNotice('linux', argv, { APPIMAGE: 'relative.AppImage' }, fakeFs('1', null))?.appImage).toBeNull();
  });
});

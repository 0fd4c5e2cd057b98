import { describe, expect, it } from 'vitest';
import {
  APPARMOR_USERNS_SWITCH,
  checkLinuxSandbox,
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

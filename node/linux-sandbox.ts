/**
 * Whether Electron's renderer sandbox can start on this Linux machine, and if not, what to do about it.
 *
 * Chromium sandboxes renderers with unprivileged user namespaces, or else with the setuid helper
 * `chrome-sandbox` next to the executable. Ubuntu 23.10 and later (24.04 LTS included) let AppArmor restrict
 * unprivileged user namespaces to programs with a profile that allows them
 * (`/proc/sys/kernel/apparmor_restrict_unprivileged_userns` = 1). There Electron started from
 * node_modules (`npm start`) or from an AppImage aborts with "The SUID sandbox helper binary was found, but is
 * not configured correctly" (electron/electron#42510) unless chrome-sandbox is owned by root with the setuid
 * bit. The .deb installs an AppArmor profile for the app, so it starts as it is.
 *
 * This module only reads; it never turns the sandbox off. The file system is injected so tests feed it fake
 * /proc values and file modes.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const APPARMOR_USERNS_SWITCH = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';

export interface SandboxFileSystem {
  /** The text of a file, or null when it cannot be read (absent, no permission). */
  readText(file: string): string | null;
  /** Owner and mode of a file, or null when it does not exist. */
  stat(file: string): { uid: number; mode: number } | null;
}

export const realFileSystem: SandboxFileSystem = {
  readText(file) {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  },
  stat(file) {
    try {
      const s = statSync(file);
      return { uid: s.uid, mode: s.mode };
    } catch {
      return null;
    }
  },
};

export type SandboxCheck =
  | { ok: true }
  | {
      ok: false;
      /** AppArmor restricts user namespaces and chrome-sandbox cannot stand in (missing, or not setuid root). */
      reason: 'apparmor-userns';
      chromeSandbox: string;
      /** Why chrome-sandbox cannot stand in, for the message. */
      helper: 'missing' | 'not-setuid-root';
    };

const SETUID = 0o4000;

/**
 * Checks the Electron executable in `electronDir` (its chrome-sandbox sits next to it). Anything other than
 * Linux, an unrestricted kernel or a setuid-root helper is fine.
 */
export function checkLinuxSandbox(
  platform: NodeJS.Platform,
  electronDir: string,
  fs: SandboxFileSystem = realFileSystem,
): SandboxCheck {
  if (platform !== 'linux') return { ok: true };
  if (fs.readText(APPARMOR_USERNS_SWITCH)?.trim() !== '1') return { ok: true };
  const chromeSandbox = path.join(electronDir, 'chrome-sandbox');
  const helper = fs.stat(chromeSandbox);
  if (helper && helper.uid === 0 && (helper.mode & SETUID) !== 0) return { ok: true };
  return { ok: false, reason: 'apparmor-userns', chromeSandbox, helper: helper ? 'not-setuid-root' : 'missing' };
}

/** Quotes a path for a POSIX shell command the user copies. */
const shellQuote = (s: string) => (/^[\w./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`);

/** The one command that lets Electron in `electronDir` keep its sandbox: chrome-sandbox owned by root, setuid. */
export function setuidCommand(chromeSandbox: string): string {
  const q = shellQuote(chromeSandbox);
  return `sudo chown root:root ${q} && sudo chmod 4755 ${q}`;
}

/** What `npm start` prints instead of launching an Electron that would abort. */
export function sandboxProblemMessage(check: Extract<SandboxCheck, { ok: false }>): string {
  const why =
    check.helper === 'missing'
      ? `and ${check.chromeSandbox} is missing`
      : `and ${check.chromeSandbox} is not owned by root with the setuid bit`;
  return [
    `Electron cannot start its sandbox here: this system restricts unprivileged user namespaces through AppArmor (${APPARMOR_USERNS_SWITCH} = 1) ${why}.`,
    `The app keeps its sandbox rather than run without it. To start the desktop app, run once:`,
    `  ${setuidCommand(check.chromeSandbox)}`,
    `(npm ci replaces that file, so run it again after a reinstall.) Starting the browser version instead.`,
  ].join('\n');
}

/** Quotes every argument for a POSIX shell. */
const quoteAll = (args: readonly string[]) => args.map((a) => `'${a.replaceAll("'", `'\\''`)}'`).join(' ');

/**
 * The one command that lets an AppImage at `appImage` keep its sandbox on Ubuntu 23.10+: an AppArmor profile
 * allowing it user namespaces, as the .deb installs for its own executable.
 */
export function appImageProfileCommand(appImage: string): string {
  const profile = '/etc/apparmor.d/eks-sandbox-appimage';
  const lines = [
    'abi <abi/4.0>,',
    'include <tunables/global>',
    `profile eks-sandbox-appimage "${appImage.replaceAll('"', '\\"')}" flags=(unconfined) {`,
    '  userns,',
    '}',
  ];
  return `printf '%s\\n' ${quoteAll(lines)} | sudo tee ${profile} >/dev/null && sudo apparmor_parser -r ${profile}`;
}

export interface NoSandboxNotice {
  /** Whether the AppArmor restriction is why (then `command` fixes it). */
  restricted: boolean;
  /** The AppImage's path when running from one. */
  appImage: string | null;
  /** The command that lets the sandbox start, when there is one. */
  command: string | null;
}

/**
 * Whether this process runs without Chromium's sandbox (`--no-sandbox` on its command line), and what to tell
 * the user. electron-builder's AppImage launcher adds `--no-sandbox` by itself when user namespaces are not
 * available (its AppRun checks `unshare -Ur true`), which would turn the sandbox off silently; the app says so
 * at start instead and lets the user quit.
 */
export function noSandboxNotice(
  platform: NodeJS.Platform,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  fs: SandboxFileSystem = realFileSystem,
): NoSandboxNotice | null {
  if (platform !== 'linux' || !argv.slice(1).includes('--no-sandbox')) return null;
  const restricted = fs.readText(APPARMOR_USERNS_SWITCH)?.trim() === '1';
  const appImage = env.APPIMAGE && path.isAbsolute(env.APPIMAGE) ? env.APPIMAGE : null;
  const command = restricted && appImage ? appImageProfileCommand(appImage) : null;
  return { restricted, appImage, command };
}

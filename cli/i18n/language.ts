/**
 * The language the command line speaks: `--lang en|ja` anywhere in the arguments, else EKS_SANDBOX_LANG, else
 * the locale (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them; one starting with "ja" means
 * Japanese), else English. Read before the command runs, so `--help`, usage errors and file errors all come
 * in the chosen language.
 */
import type { Language } from '../../shared/rules/types.js';
import { CliError, EXIT } from '../errors.js';
import { text } from './render.js';

export const LANGUAGES: readonly Language[] = ['en', 'ja'];

export type Environment = Readonly<Record<string, string | undefined>>;

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The language the environment asks for: EKS_SANDBOX_LANG, else the locale, else English. @throws CliError */
export function environmentLanguage(env: Environment): Language {
  const chosen = env['EKS_SANDBOX_LANG'];
  if (chosen !== undefined && chosen !== '') {
    if (isLanguage(chosen)) return chosen;
    // Reported in English: the variable meant to choose the language is the thing that is wrong.
    throw new CliError(text('lang.env-invalid', { allowed: [...LANGUAGES], value: chosen }));
  }
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '');
  return locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** The value of the last `--lang` in `argv` (`--lang ja` or `--lang=ja`), or undefined. Words after `--` do not count. */
export function langFlag(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') break;
    if (word === '--lang') value = argv[i + 1] ?? '';
    else if (word.startsWith('--lang=')) value = word.slice('--lang='.length);
  }
  return value;
}

/**
 * The language to speak, and the language to report a wrong `--lang` in (the environment's).
 * @throws CliError for a `--lang` or EKS_SANDBOX_LANG that is not en or ja
 */
export function resolveLanguage(argv: readonly string[], env: Environment): Language {
  const fromEnv = environmentLanguage(env);
  const flag = langFlag(argv);
  if (flag === undefined) return fromEnv;
  if (isLanguage(flag)) return flag;
  throw new CliError(text('lang.flag-invalid', { allowed: [...LANGUAGES] }), EXIT.badInput, [], fromEnv);
}

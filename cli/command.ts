/** The shape shared by every subcommand, the streams they print to, and the one way a command is defined. */
import type { Language } from '../shared/rules/types.js';
import { parseCommandArgs, type CommandArgsSpec } from './args.js';
import { EXIT } from './errors.js';
import type { Environment } from './i18n/language.js';

export interface Output {
  write(text: string): unknown;
}

export interface CliIo {
  stdout: Output;
  stderr: Output;
  /** The day checks run on; tests and `--date` fix it. Defaults to now. */
  now?: () => Date;
  /** Where EKS_SANDBOX_LANG and the locale are read; tests fix it. Defaults to process.env. */
  env?: Environment;
}

/** What a command runs with: the streams, and the language main.ts chose (--lang, EKS_SANDBOX_LANG, locale). */
export interface CommandIo extends CliIo {
  lang: Language;
}

/** Text in each language the command line speaks. */
export type Localized = Readonly<Record<Language, string>>;

export interface Command {
  name: string;
  /** The full `--help` text. */
  help: Localized;
  /** Runs the command with the words after its name; returns the exit code. @throws CliError */
  run(argv: readonly string[], io: CommandIo): Promise<number>;
}

/** A command as the dispatcher lists it; the module itself is loaded only when the command runs. */
export interface CommandEntry {
  name: string;
  /** One line for the command list in `eks-sandbox --help`. */
  summary: Localized;
  load(): Promise<Command>;
}

/** A command from its arguments, its help and what it does with checked values; `--help` is answered here. */
export function defineCommand<T>(def: {
  spec: CommandArgsSpec<T>;
  help: Localized;
  action(values: T, io: CommandIo): Promise<number>;
}): Command {
  return {
    name: def.spec.command,
    help: def.help,
    async run(argv, io) {
      const parsed = parseCommandArgs(def.spec, argv);
      if (!parsed.help) return def.action(parsed.values, io);
      io.stdout.write(def.help[io.lang]);
      return EXIT.ok;
    },
  };
}

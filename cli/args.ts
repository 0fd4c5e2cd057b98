/**
 * Argument parsing: node's util.parseArgs splits the words, a zod schema per command checks the values.
 * Both kinds of mistake become a CliError with one line that names the flag and says what it wants.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { CliError } from './errors.js';
import { text, type CliText } from './i18n/render.js';
import { CLI_TEXTS, type CliTextId } from './i18n/texts.js';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** What a command declares about its arguments. */
export interface CommandArgsSpec<T> {
  /** Command name, for messages (`eks-sandbox validate: ...`). */
  command: string;
  options: OptionSpecs;
  /** Names of the positional arguments, in order; all are required. */
  positionals: readonly string[];
  /** Checks the parsed values, keyed by option name and positional name. */
  schema: z.ZodType<T>;
}

/** Options every command understands; main.ts reads `--lang` before the command runs (cli/i18n/language.ts). */
const COMMON_OPTIONS: OptionSpecs = { help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } };

export type Parsed<T> = { help: true } | { help: false; values: T };

/** Parses `argv` (the words after the command name). @throws CliError */
export function parseCommandArgs<T>(spec: CommandArgsSpec<T>, argv: readonly string[]): Parsed<T> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...COMMON_OPTIONS, ...spec.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new CliError(describeParseError(err, spec.command, { ...COMMON_OPTIONS, ...spec.options }));
  }
  if (parsed.values.help === true) return { help: true };

  const { help: _help, lang: _lang, ...values } = parsed.values;
  const names = spec.positionals;
  if (parsed.positionals.length < names.length) {
    const missing = names[parsed.positionals.length]!;
    throw new CliError(text('args.missing', { command: spec.command, name: missing }));
  }
  if (parsed.positionals.length > names.length) {
    const extra = parsed.positionals[names.length]!;
    throw new CliError(text('args.unexpected', { command: spec.command, arg: extra }));
  }
  const input: Record<string, unknown> = { ...values };
  names.forEach((name, i) => (input[name] = parsed.positionals[i]));

  const result = spec.schema.safeParse(input);
  if (!result.success) throw new CliError(describeZodIssue(result.error.issues[0]!, spec));
  return { help: false, values: result.data };
}

function flagName(name: string, options: OptionSpecs): string {
  const short = options[name]?.short;
  return short ? `-${short}/--${name}` : `--${name}`;
}

function describeParseError(err: unknown, command: string, options: OptionSpecs): CliText {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(message)?.[1] ?? 'option';
    return text('args.unknown-option', { command, flag });
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = Object.keys(options).find((n) => message.includes(`--${n}`));
    if (name && options[name]?.type === 'string') return text('args.needs-value', { command, flag: flagName(name, options) });
    if (name) return text('args.takes-no-value', { command, flag: flagName(name, options) });
  }
  return text('args.unreadable', { command, detail: message.split('\n')[0]! });
}

function isTextId(message: string): message is CliTextId {
  return Object.hasOwn(CLI_TEXTS, message);
}

function describeZodIssue(issue: z.core.$ZodIssue, spec: CommandArgsSpec<unknown>): CliText {
  const key = String(issue.path[0] ?? '');
  const where = spec.positionals.includes(key) ? `<${key}>` : key ? flagName(key, spec.options) : text('args.arguments');
  if (issue.code === 'invalid_value') {
    return text('args.one-of', { command: spec.command, where, allowed: issue.values.map((v) => String(v)) });
  }
  // The schemas below name a text id as their message; zod's own words are a last resort.
  const reason = isTextId(issue.message) ? text(issue.message) : text('value.invalid', { detail: issue.message });
  return text('args.invalid', { command: spec.command, where, reason });
}

/** Options several commands take, spelled once. */
export const OPTIONS = {
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean', short: 'f' },
  cluster: { type: 'string', short: 'c' },
  date: { type: 'string' },
  format: { type: 'string' },
  'no-suppressions': { type: 'boolean' },
} as const satisfies OptionSpecs;

/** A boolean flag, false unless given. */
export const flagSchema = z.boolean().default(false);

/** Schemas shared by several commands. */
export const formatSchema = z.enum(['text', 'json']).default('text');
export const fileSchema = z.string().min(1, 'value.empty');
/** A string option that, when given, must not be empty (`--output`, `--cluster`, `--region`). */
export const nonEmptySchema = z.string().min(1, 'value.empty');
/** A calendar day, for checks that depend on the date (Kubernetes version support). */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'value.date-format')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'value.not-a-day',
  })
  .optional();

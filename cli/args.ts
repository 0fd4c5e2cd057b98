/**
 * Argument parsing: node's util.parseArgs splits the words, a zod schema per command checks the values.
 * Both kinds of mistake become a CliError with one line that names the flag and says what it wants.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { CliError } from './errors.js';

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

/** Options every command understands. */
const COMMON_OPTIONS: OptionSpecs = { help: { type: 'boolean', short: 'h' } };

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
    throw new CliError(`${spec.command}: ${describeParseError(err, spec.options)}`);
  }
  if (parsed.values.help === true) return { help: true };

  const { help: _help, ...values } = parsed.values;
  const names = spec.positionals;
  if (parsed.positionals.length < names.length) {
    const missing = names[parsed.positionals.length]!;
    throw new CliError(`${spec.command}: missing <${missing}>; see 'eks-sandbox ${spec.command} --help'`);
  }
  if (parsed.positionals.length > names.length) {
    const extra = parsed.positionals[names.length]!;
    throw new CliError(`${spec.command}: unexpected argument "${extra}"; see 'eks-sandbox ${spec.command} --help'`);
  }
  const input: Record<string, unknown> = { ...values };
  names.forEach((name, i) => (input[name] = parsed.positionals[i]));

  const result = spec.schema.safeParse(input);
  if (!result.success) throw new CliError(`${spec.command}: ${describeZodIssue(result.error.issues[0]!, spec)}`);
  return { help: false, values: result.data };
}

function flagName(name: string, options: OptionSpecs): string {
  const short = options[name]?.short;
  return short ? `-${short}/--${name}` : `--${name}`;
}

function describeParseError(err: unknown, options: OptionSpecs): string {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(message)?.[1] ?? 'option';
    return `unknown option ${flag}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = Object.keys(options).find((n) => message.includes(`--${n}`));
    if (name && options[name]?.type === 'string') return `${flagName(name, options)} needs a value`;
    if (name) return `${flagName(name, options)} takes no value`;
  }
  return message.split('\n')[0]!;
}

function describeZodIssue(issue: z.core.$ZodIssue, spec: CommandArgsSpec<unknown>): string {
  const key = String(issue.path[0] ?? '');
  const where = spec.positionals.includes(key) ? `<${key}>` : key ? flagName(key, spec.options) : 'arguments';
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => String(v)).join(', ');
    return `${where} must be one of ${allowed}`;
  }
  return `${where}: ${issue.message}`;
}

/** Schemas shared by several commands. */
export const formatSchema = z.enum(['text', 'json']).default('text');
export const langSchema = z.enum(['en', 'ja']).default('en');
export const fileSchema = z.string().min(1, 'must not be empty');
/** A calendar day, for checks that depend on the date (Kubernetes version support). */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-28')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'is not a real calendar day',
  })
  .optional();

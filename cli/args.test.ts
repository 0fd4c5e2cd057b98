import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dateSchema, formatSchema, parseCommandArgs } from './args.js';
import { CliError } from './errors.js';

const spec = {
  command: 'demo',
  options: {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    date: { type: 'string' },
  },
  positionals: ['file'],
  schema: z.strictObject({
    file: z.string(),
    format: formatSchema,
    output: z.string().optional(),
    force: z.boolean().default(false),
    date: dateSchema,
  }),
} as const;

function errorOf(argv: string[]): string {
  try {
    parseCommandArgs(spec, argv);
  } catch (err) {
    expect(err).toBeInstanceOf(CliError);
    return (err as CliError).message;
  }
  throw new Error('expected a CliError');
}

describe('parseCommandArgs', () => {
  it('fills defaults and names positionals', () => {
    expect(parseCommandArgs(spec, ['a.eksdesign'])).toEqual({
      help: false,
      values: { file: 'a.eksdesign', format: 'text', force: false },
    });
    expect(parseCommandArgs(spec, ['-o', 'x.yaml', 'a', '--format=json', '--force'])).toEqual({
      help: false,
      values: { file: 'a', format: 'json', output: 'x.yaml', force: true },
    });
  });

  it('answers help before checking anything else', () => {
    expect(parseCommandArgs(spec, ['--help'])).toEqual({ help: true });
    expect(parseCommandArgs(spec, ['-h', '--format', 'nonsense'])).toEqual({ help: true });
  });

  it('explains each kind of mistake in one line', () => {
    expect(errorOf(['a', '--nope'])).toBe('demo: unknown option --nope');
    expect(errorOf(['a', '-o'])).toBe('demo: -o/--output needs a value');
    expect(errorOf(['a', '--force=yes'])).toBe('demo: --force takes no value');
    expect(errorOf([])).toBe("demo: missing <file>; see 'eks-sandbox demo --help'");
    expect(errorOf(['a', 'b'])).toBe(`demo: unexpected argument "b"; see 'eks-sandbox demo --help'`);
    expect(errorOf(['a', '--format', 'xml'])).toBe('demo: --format must be one of text, json');
    expect(errorOf(['a', '--date', '2026-02-30'])).toBe('demo: --date: is not a real calendar day');
    expect(errorOf(['a', '--date', 'tomorrow'])).toBe('demo: --date: must be a date like 2026-11-28');
  });
});

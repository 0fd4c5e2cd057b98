/**
 * The options of the commands that pass export's gate (export, manifests, bundle): --force, --cluster, --date,
 * --no-suppressions, spelled once, and the request they make.
 */
import { dateSchema, fileSchema, flagSchema, nonEmptySchema, OPTIONS } from '../args.js';
import type { CommandIo } from '../command.js';
import { ruleContextFor } from './context.js';
import type { ExportRequest, GateAction } from './export-core.js';

export const GATE_OPTIONS = {
  force: OPTIONS.force,
  cluster: OPTIONS.cluster,
  date: OPTIONS.date,
  'no-suppressions': OPTIONS['no-suppressions'],
} as const;

export const gateSchema = {
  file: fileSchema,
  force: flagSchema,
  cluster: nonEmptySchema.optional(),
  date: dateSchema,
  'no-suppressions': flagSchema,
};

export interface GateValues {
  file: string;
  force: boolean;
  cluster?: string | undefined;
  date?: string | undefined;
  'no-suppressions': boolean;
}

/** The gate's request from the parsed options. */
export function gateRequest(values: GateValues, io: CommandIo, action: GateAction): ExportRequest & { lang: CommandIo['lang'] } {
  const { file, force, cluster, date } = values;
  return {
    force,
    file,
    ctx: ruleContextFor(date, io),
    suppressions: !values['no-suppressions'],
    lang: io.lang,
    action,
    ...(cluster !== undefined ? { cluster } : {}),
  };
}

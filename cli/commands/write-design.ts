/** What `new` and `import` share: the `-o <file> [--force]` options and writing the design file. */
import { z } from 'zod';
import type { DesignDocument } from '../../shared/model/design.js';
import { serializeDesign } from '../../shared/model/document.js';
import { flagSchema, OPTIONS } from '../args.js';
import { writeFileAtomic } from '../files.js';

export const WRITE_DESIGN_OPTIONS = { output: OPTIONS.output, force: OPTIONS.force } as const;

export const writeDesignSchema = {
  output: z.string({ error: 'value.output-required' }).min(1, 'value.empty'),
  force: flagSchema,
};

/** Writes `doc` to `output` atomically; an existing file only with `force`. @throws CliError */
export async function writeDesign(doc: DesignDocument, output: string, force: boolean): Promise<void> {
  await writeFileAtomic(output, serializeDesign(doc), { force });
}

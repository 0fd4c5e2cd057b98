/**
 * The design document: a versioned header and the design (parts, connections, name).
 */
import { z } from 'zod';
import { partIdSchema, partSchema } from './parts.js';
import { suppressionsSchema } from './suppressions.js';

export const DESIGN_FORMAT = 'eks-sandbox-design';
/**
 * Version of the document schema this build reads; files with a higher number are refused. Files are written
 * with the lowest version that holds what they use (written-version.ts), so a design without suppressions,
 * workload IAM policies or volumes is still a version 2 file that older apps open.
 */
export const CURRENT_SCHEMA_VERSION = 5;
/** File extension of design documents (JSON inside). */
export const DESIGN_FILE_EXTENSION = '.eksdesign';

export const connectionSchema = z.strictObject({
  id: partIdSchema,
  from: partIdSchema,
  to: partIdSchema,
  /** Optional label drawn on the edge, e.g. a path or port. */
  label: z.string().max(200).default(''),
});
export type Connection = z.infer<typeof connectionSchema>;

export const designSchema = z.strictObject({
  name: z.string().min(1).max(200),
  description: z.string().default(''),
  parts: z.array(partSchema).max(20_000),
  connections: z.array(connectionSchema).max(50_000).default([]),
  /** Rules accepted for the design as a whole, each with a reason (schema version 3). */
  suppressions: suppressionsSchema.optional(),
});
export type Design = z.infer<typeof designSchema>;
/** What callers may pass in: defaults not yet applied. */
export type DesignInput = z.input<typeof designSchema>;

export const documentHeaderSchema = z.object({
  format: z.literal(DESIGN_FORMAT),
  schemaVersion: z.number().int().min(1),
});

export const designDocumentSchema = z.strictObject({
  format: z.literal(DESIGN_FORMAT),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  design: designSchema,
});
export type DesignDocument = z.infer<typeof designDocumentSchema>;

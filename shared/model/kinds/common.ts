/**
 * Schema pieces every part kind's props use. Kept apart from the kind modules and from parts.ts so a kind
 * module imports only this file and define.ts (parts.ts imports the registry, not the other way round).
 */
import { z } from 'zod';

export const partIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'a part id is 1-64 letters, digits, ".", "_" or "-"');

export const jsonObject = z.record(z.string(), z.unknown());
export const stringMap = z.record(z.string(), z.string());
export const count = z.number().int().min(0);

/** Fields of the eksctl config that the canvas does not model, written back unchanged on export. */
export const passthrough = { extra: jsonObject.optional() };

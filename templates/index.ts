/**
 * The six EKS design-pattern templates. Each is an ordinary design document (templates/<id>.json) loaded
 * through the same migrate-then-parse path as a user's file, so a template can never drift from the
 * schema unnoticed. English texts live in the documents (the design's name, description and part notes);
 * the Japanese ones live beside them in templates/ja/<id>.json (title, description, a note per part id),
 * parsed here with zod, so a missing or misspelt field fails at load with the template's id.
 */
import { z } from 'zod';
import { parseDesignValue } from '../shared/model/document.js';
import type { DesignDocument } from '../shared/model/design.js';
import microservices from './microservices.json' with { type: 'json' };
import microservicesJa from './ja/microservices.json' with { type: 'json' };
import webApplication from './web-application.json' with { type: 'json' };
import webApplicationJa from './ja/web-application.json' with { type: 'json' };
import batchProcessing from './batch-processing.json' with { type: 'json' };
import batchProcessingJa from './ja/batch-processing.json' with { type: 'json' };
import machineLearning from './machine-learning.json' with { type: 'json' };
import machineLearningJa from './ja/machine-learning.json' with { type: 'json' };
import apiBackend from './api-backend.json' with { type: 'json' };
import apiBackendJa from './ja/api-backend.json' with { type: 'json' };
import hybridCloud from './hybrid-cloud.json' with { type: 'json' };
import hybridCloudJa from './ja/hybrid-cloud.json' with { type: 'json' };

export type TemplateId =
  'microservices' | 'web-application' | 'batch-processing' | 'machine-learning' | 'api-backend' | 'hybrid-cloud';

export interface TemplateInfo {
  id: TemplateId;
  title: { en: string; ja: string };
  description: { en: string; ja: string };
  /** Japanese version of each part's `note`, by part id. */
  notesJa: Record<string, string>;
}

/** A Japanese text: not blank, and written in Japanese (kana or kanji), not a copy of the English. */
const japanese = z
  .string()
  .trim()
  .min(1)
  .regex(/[\u3040-\u30ff\u4e00-\u9fff]/, 'not Japanese');

/** templates/ja/<id>.json. */
export const templateJaSchema = z.strictObject({
  title: japanese,
  description: japanese,
  notes: z.record(z.string().min(1), japanese),
});

/** The templates' files, in the order the start screen lists them. */
const FILES: readonly { id: TemplateId; doc: unknown; ja: unknown }[] = [
  { id: 'microservices', doc: microservices, ja: microservicesJa },
  { id: 'web-application', doc: webApplication, ja: webApplicationJa },
  { id: 'batch-processing', doc: batchProcessing, ja: batchProcessingJa },
  { id: 'machine-learning', doc: machineLearning, ja: machineLearningJa },
  { id: 'api-backend', doc: apiBackend, ja: apiBackendJa },
  { id: 'hybrid-cloud', doc: hybridCloud, ja: hybridCloudJa },
];

const RAW = Object.fromEntries(FILES.map((f) => [f.id, f.doc])) as Record<TemplateId, unknown>;

/**
 * A template's texts in both languages.
 * @throws Error naming the template and the field when its Japanese file is malformed or names a part the
 * design does not have.
 */
export function templateInfo(id: TemplateId, doc: unknown, ja: unknown): TemplateInfo {
  const parsed = templateJaSchema.safeParse(ja);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`templates/ja/${id}.json is malformed at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const { design } = parseDesignValue(structuredClone(doc));
  const ids = new Set(design.parts.map((p) => p.id));
  const unknown = Object.keys(parsed.data.notes).filter((partId) => !ids.has(partId));
  if (unknown.length > 0)
    throw new Error(`templates/ja/${id}.json has notes for parts the design does not have: ${unknown.join(', ')}`);
  return {
    id,
    title: { en: design.name, ja: parsed.data.title },
    description: { en: design.description, ja: parsed.data.description },
    notesJa: parsed.data.notes,
  };
}

/** The templates, in the order the start screen lists them. */
export const TEMPLATES: readonly TemplateInfo[] = FILES.map((f) => templateInfo(f.id, f.doc, f.ja));

const IDS = TEMPLATES.map((t) => t.id);

/** Whether `id` names a template. */
export function isTemplateId(id: string): id is TemplateId {
  return (IDS as string[]).includes(id);
}

/**
 * A fresh copy of the template's design document, parsed like a user's file.
 * @throws Error naming the known ids when `id` is not one of them.
 */
export function loadTemplate(id: string): DesignDocument {
  if (!isTemplateId(id)) {
    throw new Error(`unknown template "${id}"; the templates are: ${IDS.join(', ')}`);
  }
  // A clone, so a caller editing the result never changes the imported module value other callers share.
  return parseDesignValue(structuredClone(RAW[id]));
}

/**
 * The shape of the learning mode's content, as zod schemas: a concept page (the idea behind a part kind or a
 * rule area) and a pattern page (why a template is built the way it is, with exam-style questions). Content
 * files are plain data; ./index.ts parses every one of them at load, so a malformed link or a heading the notes
 * do not have fails there with the file's id in the message.
 */
import { z } from 'zod';
import { japanesePageOf } from '../util/japanese-page.js';
import { NOTES_HEADINGS } from './notes-headings.js';

/** A text in both languages; neither may be blank. */
export const bilingual = z.strictObject({ en: z.string().trim().min(1), ja: z.string().trim().min(1) });
export type Bilingual = z.infer<typeof bilingual>;

/** A list of short paragraphs or bullet points, the same number in both languages (one is a translation of the other). */
export const bilingualList = z
  .strictObject({ en: z.array(z.string().trim().min(1)).min(1), ja: z.array(z.string().trim().min(1)).min(1) })
  .refine((l) => l.en.length === l.ja.length, { message: 'en and ja need the same number of items' });
export type BilingualList = z.infer<typeof bilingualList>;

const OTHER_SITE = /^https:\/\/(karpenter\.sh|kubernetes\.io|kubernetes-sigs\.github\.io)\/[\w\-./#]*$/;

// One rule for the Japanese twin of an AWS page, shared with the rules' sources.
export { japanesePageOf } from '../util/japanese-page.js';

/**
 * A page to read: the English URL and, where AWS publishes one, the Japanese (ja_jp) page of the same path.
 * Non-AWS pages (Karpenter, Kubernetes) have no ja_jp twin and carry only `en`.
 */
export const docLink = z
  .strictObject({ title: bilingual, en: z.string(), ja: z.string().optional() })
  .superRefine((link, ctx) => {
    const ja = japanesePageOf(link.en);
    if (ja === null && !OTHER_SITE.test(link.en))
      ctx.addIssue({
        code: 'custom',
        path: ['en'],
        message: `not an English AWS documentation or known project page: ${link.en}`,
      });
    if (ja !== null && link.ja !== ja)
      ctx.addIssue({ code: 'custom', path: ['ja'], message: `the Japanese page of ${link.en} is ${ja}` });
    if (ja === null && link.ja !== undefined)
      ctx.addIssue({ code: 'custom', path: ['ja'], message: `${link.en} has no ja_jp page; leave ja out` });
  });
export type DocLink = z.infer<typeof docLink>;

/** A section of the study notes, by its exact heading (without the Markdown `##`). */
export const notesSection = z.enum(NOTES_HEADINGS);

export const CONCEPT_IDS = [
  'control-plane',
  'ec2-vs-fargate',
  'autoscaling',
  'workloads',
  'service-discovery',
  'pod-iam',
  'load-balancing',
  'networking',
  'container-registry',
  'api-gateway',
  'hybrid',
  'add-ons',
  'architecture',
  'pricing',
] as const;
export type ConceptId = (typeof CONCEPT_IDS)[number];

export const conceptSchema = z.strictObject({
  id: z.enum(CONCEPT_IDS),
  title: bilingual,
  /** One sentence: the idea in short. */
  summary: bilingual,
  /** The explanation, a few short points. */
  points: bilingualList,
  /** What the exam tends to ask about it, in one line. */
  examTip: bilingual,
  notes: z.array(notesSection).min(1),
  docs: z.array(docLink).min(1),
  /** Other concepts worth reading next. */
  related: z.array(z.enum(CONCEPT_IDS)).default([]),
});
export type Concept = z.infer<typeof conceptSchema>;

export const TEMPLATE_IDS = [
  'microservices',
  'web-application',
  'batch-processing',
  'machine-learning',
  'api-backend',
  'hybrid-cloud',
] as const;
export type PatternId = (typeof TEMPLATE_IDS)[number];

/** A place in the template a question is about: a part, and a property path in its props where one matters. */
export const designRef = z.strictObject({ partId: z.string().min(1), prop: z.string().optional() });

export const questionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    question: bilingual,
    choices: z.array(bilingual).min(3).max(5),
    /** Index of the right choice. */
    answer: z.number().int().min(0),
    /** Why the right choice is right and the others are not. */
    explanation: bilingual,
    /** The parts of the template the question is drawn from. */
    about: z.array(designRef).min(1),
  })
  .refine((q) => q.answer < q.choices.length, { message: 'answer is not one of the choices' });
export type Question = z.infer<typeof questionSchema>;

export const patternSchema = z.strictObject({
  id: z.enum(TEMPLATE_IDS),
  title: bilingual,
  whenToChoose: bilingualList,
  tradeOffs: bilingualList,
  notes: z.array(notesSection).min(1),
  concepts: z.array(z.enum(CONCEPT_IDS)).min(1),
  questions: z.array(questionSchema).length(3),
});
export type Pattern = z.infer<typeof patternSchema>;

/** What a content file writes (defaults not yet applied). */
export type ConceptInput = z.input<typeof conceptSchema>;
export type PatternInput = z.input<typeof patternSchema>;

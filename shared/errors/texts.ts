/**
 * The words of every error the core throws at a user, in English and Japanese, by text id: the errors carry
 * the id and its parameters (shared/errors/localized.ts), and `err.message` is the English text, so tests,
 * logs and the command line's --lang en read the same words. Parameters are names, ids, kinds, numbers and
 * paths, which stay as they are in both languages (kinds are the design file's kind ids).
 *
 * Two tables, both JSON beside this file:
 * - `texts.json`, the frames: refused edits and suppressions (shared/editor; kinds as the design file names
 *   them, "vpc", "alb"), export (shared/export/cluster-config.ts), and a refused design file or eksctl import
 *   as `{{where}}{{reason}}{{more}}` (English shows the reason alone, Japanese says first what kind of
 *   problem it is).
 * - `texts-files.json`, what fills the frames for files: where a problem is (`where.*`, `more.*`), JSON syntax
 *   (`json.*`, shared/model/json-locate.ts), design files (`design-reason.*`, `structure.*` from
 *   shared/model/integrity.ts), schema issues by zod issue code and Ajv keyword (`zod.*`, `schema.*`, and the
 *   design schema's own checks `check.*`, shared/model/custom-check.ts) and eksctl YAML import
 *   (`import-reason.*`; the `import-reason.suppression*` warnings about the suppressions annotation start with
 *   their own `{{where}}` and name parts with `suppression-part.*`, whose Japanese ends in a Japanese
 *   character so the frames attach particles without a space). Ids ending in `Ja` are the same value written for Japanese (a list joined with 「、」,
 *   a type name in words); `zod.message`, `zod.custom` and `schema.message` carry a library's own words, used
 *   only where no coded reason exists.
 */
import type { TextTable } from '../i18n/text-table.js';
import fileTexts from './texts-files.json' with { type: 'json' };
import frameTexts from './texts.json' with { type: 'json' };

/** `satisfies`: a text missing its English or Japanese, or one that is not a string, fails to compile. */
export const ERROR_TEXTS = { ...frameTexts, ...fileTexts } satisfies TextTable<string>;

export type ErrorTextId = keyof typeof ERROR_TEXTS;

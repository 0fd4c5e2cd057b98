/**
 * Every sentence the command line prints on its own (not the rules' findings, which have their own table), in
 * English and Japanese, by text id: `texts.json` beside this file, grouped by where the texts are used (the
 * dispatcher and --lang, arguments and the reasons a value is refused, files, the cluster choice and the export
 * gate, what the commands report when done, cost). `{{name}}` are parameters: file names, flags, counts, ids,
 * and nested texts rendered in the same language (cli/i18n/render.ts). English texts are what the command line
 * printed before it spoke Japanese, so scripts that read stderr in English see the same words.
 */
import type { TextTable } from '../../shared/i18n/text-table.js';
import texts from './texts.json' with { type: 'json' };

/** `satisfies`: a text missing its English or Japanese, or one that is not a string, fails to compile. */
export const CLI_TEXTS = texts satisfies TextTable<string>;

export type CliTextId = keyof typeof CLI_TEXTS;

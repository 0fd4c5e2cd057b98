/**
 * A zod issue as a text of the error table, from its code and parameters rather than zod's English
 * message, so a design file's schema problem reads in the user's language. A custom check carries its own
 * coded text (custom-check.ts); codes not listed here and uncoded custom checks keep zod's message.
 */
import type { z } from 'zod';
import { errorText, type ErrorText } from '../errors/localized.js';
import { checkTextOf } from './custom-check.js';
import { typeNames, typeOfValue } from '../errors/type-names.js';

const quote = (values: readonly unknown[], lang: 'en' | 'ja'): string =>
  values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(lang === 'ja' ? '、' : ', ');

/** zod's own English messages start like this; anything else was written by the schema's author. */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized key)/;

/**
 * The text for `issue`; `found` is the value at the issue's path (what a wrong type actually was). A check
 * with the schema author's own words ("must say why the rule is suppressed") keeps them in English and
 * shows the coded reason in Japanese.
 */
export function zodIssueText(issue: z.core.$ZodIssue, found: unknown): ErrorText {
  const checked = checkTextOf(issue);
  if (checked) return checked;
  const coded = codedText(issue, found);
  if (ZOD_DEFAULT_MESSAGE.test(issue.message) || coded.id === 'zod.message' || coded.id === 'zod.custom') return coded;
  return coded.id === 'zod.invalid-format' ? coded : errorText('zod.own-words', { reasonEn: issue.message, reasonJa: coded });
}

function codedText(issue: z.core.$ZodIssue, found: unknown): ErrorText {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = [issue.expected];
      if (found === undefined)
        return errorText('zod.missing', { expected: typeNames(expected, 'en'), expectedJa: typeNames(expected, 'ja') });
      const received = [typeOfValue(found)];
      return errorText('zod.invalid-type', {
        expected: typeNames(expected, 'en'),
        expectedJa: typeNames(expected, 'ja'),
        received: typeNames(received, 'en'),
        receivedJa: typeNames(received, 'ja'),
      });
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'string') return errorText(small ? 'zod.min-length' : 'zod.max-length', { limit });
      if (issue.origin === 'array' || issue.origin === 'set')
        return errorText(small ? 'zod.min-items' : 'zod.max-items', { limit });
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        const id = small ? (inclusive ? 'zod.at-least' : 'zod.more-than') : inclusive ? 'zod.at-most' : 'zod.less-than';
        return errorText(id, { limit });
      }
      return errorText('zod.message', { message: issue.message });
    }
    case 'invalid_value':
      return errorText('zod.invalid-value', { options: quote(issue.values, 'en'), optionsJa: quote(issue.values, 'ja') });
    case 'unrecognized_keys':
      return errorText(issue.keys.length > 1 ? 'zod.unknown-fields' : 'zod.unknown-field', {
        fields: issue.keys.map((k) => `"${k}"`).join(', '),
        fieldsJa: issue.keys.map((k) => `「${k}」`).join('、'),
      });
    case 'invalid_format':
      return errorText('zod.invalid-format', {
        formatEn: issue.message,
        formatJa: 'pattern' in issue && typeof issue.pattern === 'string' ? issue.pattern : issue.format,
      });
    case 'custom':
      return errorText('zod.custom', { message: issue.message });
    default:
      return errorText('zod.message', { message: issue.message });
  }
}

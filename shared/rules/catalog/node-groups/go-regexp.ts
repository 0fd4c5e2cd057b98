/**
 * Whether Go's regexp.Compile (RE2 syntax) accepts a pattern, decided offline with JavaScript's RegExp.
 * The two syntaxes mostly agree; where they differ:
 * - Go has syntax JavaScript lacks, rewritten before compiling so it is not refused by mistake: named groups
 *   `(?P<name>…)`, inline flags `(?i)` / `(?i:…)` (flags i, m, s, U), `\Q…\E` quoting, `\z`, `\pN`, and POSIX classes
 *   `[[:alpha:]]` (JavaScript reads the last two as plain characters anyway).
 * - RE2 refuses what needs backtracking, which JavaScript allows: lookahead and lookbehind (`(?=`, `(?!`,
 *   `(?<=`, `(?<!`), backreferences (`\1`…`\9`, `\k<name>`), atomic groups `(?>…)`; and repetition counts above
 *   1000 ("invalid repeat count"). Go also refuses a letter it gives no meaning after a backslash (`\q`, `\e`),
 *   which JavaScript reads as the letter.
 * Everything else is left to JavaScript's own parser (unbalanced brackets, a quantifier with nothing to repeat).
 */

/**
 * The letters and digits Go reads after a backslash (regexp/syntax parse.go): anchors and \C outside a class,
 * Perl and Unicode classes, character escapes, octal (0-7; a lone 1-9 would be a backreference).
 */
const GO_ESCAPES = 'AbBCzQdDsSwWpPafnrtvx01234567';
const GO_CLASS_ESCAPES = 'dDsSwWpPafnrtvx01234567';

/** Why Go would refuse `pattern`, or undefined when it compiles. */
export function goRegexpProblem(pattern: string): string | undefined {
  let js = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) return 'trailing backslash';
      if (next === 'Q') {
        // \Q…\E: everything between is literal.
        const end = pattern.indexOf('\\E', i + 2);
        const literal = pattern.slice(i + 2, end === -1 ? undefined : end);
        js += literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
        i = end === -1 ? pattern.length : end + 1;
        continue;
      }
      if (!inClass && /[1-9]/.test(next) && !/[0-7]/.test(pattern[i + 2] ?? '')) return 'backreferences are not supported';
      if (!inClass && next === 'k' && pattern[i + 2] === '<') return 'backreferences are not supported';
      // A letter or digit Go gives no meaning is an error there ("invalid escape sequence"); JavaScript takes it as
      // the character. Punctuation and _ escape themselves in both (regexp/syntax parseEscape).
      if (/[A-Za-z0-9]/.test(next) && !(inClass ? GO_CLASS_ESCAPES : GO_ESCAPES).includes(next))
        return `invalid escape sequence \\${next}`;
      js += next === 'z' ? '$' : c + next;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      js += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      js += c;
      // A leading ] (or ^]) is a literal in both syntaxes: copy it so it does not close the class.
      if (pattern[i + 1] === '^') js += pattern[++i];
      if (pattern[i + 1] === ']') js += pattern[++i];
      continue;
    }
    if (c === '(' && pattern[i + 1] === '?') {
      const rest = pattern.slice(i + 2);
      if (/^(=|!|<=|<!)/.test(rest)) return 'lookahead and lookbehind are not supported';
      if (rest.startsWith('>')) return 'atomic groups are not supported';
      const named = /^P?<([A-Za-z0-9_]+)>/.exec(rest);
      if (named) {
        js += `(?<${named[1]}>`;
        i += 1 + named[0].length;
        continue;
      }
      const flags = /^[imsU-]*(\)|:)/.exec(rest);
      if (flags) {
        if (flags[1] === ':') js += '(?:';
        i += 1 + flags[0].length;
        continue;
      }
    }
    js += c;
  }
  for (const m of pattern.matchAll(/\{(\d+)(?:,(\d*))?\}/g))
    if (Number(m[1]) > 1000 || (m[2] !== undefined && m[2] !== '' && Number(m[2]) > 1000)) return 'invalid repeat count';
  try {
    new RegExp(js);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '') : 'invalid';
  }
}

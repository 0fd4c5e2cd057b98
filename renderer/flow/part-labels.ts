/**
 * What a part is called for people: "Managed node group web, 2 errors, 1 warning". Screen readers read it
 * as the part's name and the problem marker shows the counts as its tooltip, so a badge never says only
 * "Error". Worked out once per set of diagnostics (every committed edit), not per drag frame.
 */
import type { TFunction } from 'i18next';
import { PART_KINDS, type PartKind } from '../../shared/model/parts.js';
import type { Diagnostic } from '../../shared/rules/types.js';
import type { PartLabels } from './to-flow.js';

/** Error and warning counts per part (info does not mark a part, so it is not counted either). */
export function problemCountsByPart(diagnostics: readonly Diagnostic[]): Map<string, { error: number; warning: number }> {
  const out = new Map<string, { error: number; warning: number }>();
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    // A finding that names a part twice still counts once for it.
    for (const id of new Set(d.partIds)) {
      const counts = out.get(id) ?? { error: 0, warning: 0 };
      counts[d.severity]++;
      out.set(id, counts);
    }
  }
  return out;
}

/** "2 errors, 1 warning" in the current language. */
export function problemCountText(t: TFunction, counts: { error: number; warning: number }): string {
  const parts: string[] = [];
  if (counts.error > 0) parts.push(t('problemsPanel.errors', { count: counts.error }));
  if (counts.warning > 0) parts.push(t('problemsPanel.warnings', { count: counts.warning }));
  return parts.join(t('problemsPanel.listSeparator'));
}

export function partLabels(t: TFunction, diagnostics: readonly Diagnostic[]): PartLabels {
  const kind = Object.fromEntries(PART_KINDS.map((k) => [k, t(`kinds.${k}`)])) as Record<PartKind, string>;
  const problems = new Map<string, string>();
  for (const [id, counts] of problemCountsByPart(diagnostics)) problems.set(id, problemCountText(t, counts));
  // Looked up once: i18next's `t` is too slow to call per part on every frame.
  const plain = t('problemsPanel.part', { kind: '\u0000k', name: '\u0000n' });
  const withProblems = t('problemsPanel.partWithProblems', { kind: '\u0000k', name: '\u0000n', problems: '\u0000p' });
  return {
    kind,
    problems,
    describe: (k, name, text) =>
      // Replacer functions, so a `$` in a part's name is taken literally.
      (text === undefined ? plain : withProblems)
        .replace('\u0000p', () => text ?? '')
        .replace('\u0000k', () => k)
        .replace('\u0000n', () => name),
  };
}

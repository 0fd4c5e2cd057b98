/** Telling an eksctl YAML file from a design file, for commands and drops that accept both. */

/**
 * Whether a file should be read as eksctl YAML: by extension (.yaml, .yml), or by content whose first
 * meaningful line starts with `apiVersion` (design files are JSON and start with `{`).
 */
export function looksLikeEksctlYaml(fileName: string, text?: string): boolean {
  if (/\.ya?ml$/i.test(fileName)) return true;
  if (text === undefined) return false;
  for (const line of text.slice(0, 64 * 1024).split('\n')) {
    const t = line.replace(/^\ufeff/, '').trim();
    if (t === '' || t.startsWith('#') || t === '---') continue;
    return /^["']?apiVersion["']?\s*:/.test(t);
  }
  return false;
}

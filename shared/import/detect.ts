/** Telling an eksctl YAML file from a design file, for commands and drops that accept both. */

/**
 * Whether a file should be read as eksctl YAML: by extension (.yaml, .yml), or by content whose first
 * meaningful line starts with `apiVersion`, or a JSON ClusterConfig (eksctl reads `-f cluster.json` too, as
 * YAML is a superset of JSON; design files are JSON objects of another `format`).
 */
export function looksLikeEksctlYaml(fileName: string, text?: string): boolean {
  if (/\.ya?ml$/i.test(fileName)) return true;
  if (text === undefined) return false;
  if (/^\ufeff?\s*\{/.test(text)) return isJsonClusterConfig(text);
  for (const line of text.slice(0, 64 * 1024).split('\n')) {
    const t = line.replace(/^\ufeff/, '').trim();
    if (t === '' || t.startsWith('#') || t === '---') continue;
    return /^["']?apiVersion["']?\s*:/.test(t);
  }
  return false;
}

/** Whether JSON `text` is an eksctl ClusterConfig object (apiVersion eksctl.io/..., kind ClusterConfig). */
function isJsonClusterConfig(text: string): boolean {
  // Cheap test first: a design file rarely names the kind, and parsing a large design twice would be waste.
  if (!text.includes('ClusterConfig')) return false;
  try {
    const value: unknown = JSON.parse(text.replace(/^\ufeff/, ''));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    const { apiVersion, kind } = value as Record<string, unknown>;
    return kind === 'ClusterConfig' && typeof apiVersion === 'string' && apiVersion.startsWith('eksctl.io/');
  } catch {
    return false;
  }
}

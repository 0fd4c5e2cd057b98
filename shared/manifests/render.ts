/** Manifest documents -> YAML: one document per object, `---` between them, comments where notes say. */
import { writeYaml } from '../export/yaml-writer.js';
import type { ManifestDocument } from './types.js';

/** One line of text for a YAML header comment. */
function oneLine(text: string): string {
  return text.replace(/[\s\u0085\u2028\u2029]+/g, ' ').trim();
}

export function renderDocuments(docs: readonly ManifestDocument[], header: readonly string[]): string {
  return docs
    .map((doc, i) => {
      const byPath = new Map(doc.notes.map((n) => [JSON.stringify(n.path), n.text]));
      // The writer asks about every key; a path is serialised only when its last step can have a note.
      const lastSteps = new Set(doc.notes.map((n) => n.path[n.path.length - 1]));
      return writeYaml(doc.object, {
        ...(i === 0 ? { header: header.map(oneLine) } : {}),
        comment:
          byPath.size === 0
            ? undefined
            : (path) => (lastSteps.has(path[path.length - 1]!) ? byPath.get(JSON.stringify(path)) : undefined),
      });
    })
    .join('---\n');
}

/**
 * The value at `path` inside a parsed value (a JSON/YAML document, a zod input), or undefined where the path
 * leaves it: a step into something that is not an object or array, or a key the object does not have itself
 * (an inherited `constructor` or `toString` is not a value of the document).
 */
export function valueAtPath(root: unknown, path: readonly PropertyKey[]): unknown {
  let cursor = root;
  for (const seg of path) {
    if (cursor === null || typeof cursor !== 'object' || !Object.hasOwn(cursor, seg)) return undefined;
    cursor = (cursor as Record<PropertyKey, unknown>)[seg];
  }
  return cursor;
}

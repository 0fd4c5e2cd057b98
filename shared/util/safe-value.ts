/**
 * Checks on untrusted parsed values (design files, eksctl YAML) before they reach any schema:
 * keys that could reach Object.prototype in a later merge, and nesting too deep for a sane document.
 */
import type { PathSegment } from './locate.js';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface UnsafeValueProblem {
  reason: 'forbidden-key' | 'too-deep' | 'too-many-nodes';
  path: PathSegment[];
}

/** Walks a parsed value without recursion; returns the first problem found, if any. */
export function findUnsafeValue(
  value: unknown,
  limits: { maxDepth: number; maxNodes: number } = { maxDepth: 64, maxNodes: 2_000_000 },
): UnsafeValueProblem | undefined {
  const stack: { v: unknown; path: PathSegment[] }[] = [{ v: value, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (++nodes > limits.maxNodes) return { reason: 'too-many-nodes', path };
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= limits.maxDepth) return { reason: 'too-deep', path };
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
    } else {
      for (const key of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(key)) return { reason: 'forbidden-key', path: [...path, key] };
        stack.push({ v: (v as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return undefined;
}

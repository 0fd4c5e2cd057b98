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

/**
 * Walks a parsed value without recursion; returns the first problem found, if any. Memory stays
 * proportional to the depth, not the size: each open container is one frame that hands out its children
 * one at a time (queueing every child with its own path made a 20 MB array of numbers exhaust the heap).
 */
export function findUnsafeValue(
  value: unknown,
  limits: { maxDepth: number; maxNodes: number } = { maxDepth: 64, maxNodes: 2_000_000 },
): UnsafeValueProblem | undefined {
  interface Frame {
    node: object;
    /** Own keys of an object; null for an array. */
    keys: string[] | null;
    next: number;
  }
  const frames: Frame[] = [];
  /** segments[i] is the key of frames[i + 1] inside its parent (the root frame has none). */
  const segments: PathSegment[] = [];
  let nodes = 0;

  const visit = (v: unknown, path: () => PathSegment[]): UnsafeValueProblem | undefined => {
    if (++nodes > limits.maxNodes) return { reason: 'too-many-nodes', path: path() };
    if (v === null || typeof v !== 'object') return undefined;
    if (frames.length >= limits.maxDepth) return { reason: 'too-deep', path: path() };
    if (Array.isArray(v)) {
      frames.push({ node: v, keys: null, next: 0 });
      return undefined;
    }
    const keys = Object.keys(v);
    for (const key of keys) if (FORBIDDEN_KEYS.has(key)) return { reason: 'forbidden-key', path: [...path(), key] };
    frames.push({ node: v, keys, next: 0 });
    return undefined;
  };

  const rootProblem = visit(value, () => []);
  if (rootProblem) return rootProblem;
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    const count = frame.keys ? frame.keys.length : (frame.node as unknown[]).length;
    if (frame.next >= count) {
      frames.pop();
      segments.pop();
      continue;
    }
    const i = frame.next++;
    const key: PathSegment = frame.keys ? frame.keys[i]! : i;
    const child = frame.keys ? (frame.node as Record<string, unknown>)[key] : (frame.node as unknown[])[i];
    const depthBefore = frames.length;
    const problem = visit(child, () => [...segments, key]);
    if (problem) return problem;
    if (frames.length > depthBefore) segments.push(key);
  }
  return undefined;
}

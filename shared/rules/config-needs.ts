/**
 * The fields a config rule needs (config-rule.ts `needs`), and whether a ClusterConfig holds them. The engine
 * asks this for every cluster of every validation before it runs a config rule, so a set of needs is compiled
 * once into a tree that walks each config once, however many rules share a field.
 */
import type { EksctlClusterConfig } from './config-view.js';

/** Top-level ClusterConfig keys. */
export type ConfigKey = keyof EksctlClusterConfig;

/**
 * A field of the ClusterConfig a config rule needs: a top-level key (`karpenter`) or a path below one, where
 * `[]` after a list's name means "any item of it" (`vpc.extraCIDRs`, `managedNodeGroups[].labels`).
 * config-rule-needs.test.ts checks every path against eksctl's schema.
 */
export type ConfigNeed = ConfigKey | `${ConfigKey}.${string}` | `${ConfigKey}[].${string}`;

/** One step of a need's path: a key, and whether the value there is a list whose items the rest applies to. */
interface NeedStep {
  readonly key: string;
  readonly each: boolean;
}

function stepsOf(need: ConfigNeed): NeedStep[] {
  return need
    .split('.')
    .map((part) => (part.endsWith('[]') ? { key: part.slice(0, -2), each: true } : { key: part, each: false }));
}

/**
 * Whether `config` holds a value at `need`. Only a missing value (`undefined`) on the way counts as absent: a
 * value of another shape than the path expects (a string where a list belongs) counts as held, so the rule
 * sees it rather than being skipped on a guess.
 */
export function configHolds(config: EksctlClusterConfig, need: ConfigNeed): boolean {
  return holds(config, stepsOf(need), 0);
}

function holds(value: unknown, steps: readonly NeedStep[], from: number): boolean {
  if (from === steps.length) return value !== undefined;
  if (value === undefined) return false;
  if (value === null || typeof value !== 'object') return true;
  const step = steps[from]!;
  const next: unknown = (value as Record<string, unknown>)[step.key];
  if (!step.each) return holds(next, steps, from + 1);
  if (next === undefined) return false;
  if (!Array.isArray(next)) return true;
  for (let i = 0; i < next.length; i++) if (holds(next[i], steps, from + 1)) return true;
  return false;
}

/** A step of the tree: the fields that end here (`bit`), and the steps below. */
interface NeedNode {
  readonly key: string;
  readonly each: boolean;
  /** The index of the field this step ends, or -1. */
  bit: number;
  readonly children: NeedNode[];
  /** Every field at or below this step: held at once when the value here has another shape than the paths expect. */
  readonly below: number[];
}

/** Bits per word of a `held` answer (the `|` and `&` operators keep 32; 30 leaves the sign alone). */
export const WORD_BITS = 30;

/**
 * A list of needs, compiled: `held(config)` answers configHolds for each of them at once, as words of bits
 * (field j is bit j % WORD_BITS of word floor(j / WORD_BITS)).
 */
export class NeedSet {
  readonly words: number;
  private readonly roots: NeedNode[] = [];

  constructor(readonly fields: readonly ConfigNeed[]) {
    this.words = Math.ceil(fields.length / WORD_BITS);
    for (let j = 0; j < fields.length; j++) {
      let level = this.roots;
      let node: NeedNode | undefined;
      for (const step of stepsOf(fields[j]!)) {
        node = level.find((n) => n.key === step.key && n.each === step.each);
        if (!node) {
          node = { key: step.key, each: step.each, bit: -1, children: [], below: [] };
          level.push(node);
        }
        node.below.push(j);
        level = node.children;
      }
      node!.bit = j;
    }
  }

  /** `needs` (each one of the fields) as words of bits, as `held` answers. */
  maskOf(needs: readonly ConfigNeed[]): number[] {
    const out: number[] = [];
    for (let w = 0; w < this.words; w++) out.push(0);
    for (const need of needs) {
      const j = this.fields.indexOf(need);
      if (j < 0) throw new Error(`${need} is not one of this set's fields`);
      set(out, j);
    }
    return out;
  }

  /** Which of the fields `config` holds. */
  held(config: EksctlClusterConfig): number[] {
    const out: number[] = [];
    for (let w = 0; w < this.words; w++) out.push(0);
    mark(config, this.roots, out);
    return out;
  }
}

function set(out: number[], bit: number): void {
  out[(bit / WORD_BITS) | 0]! |= 1 << (bit % WORD_BITS);
}

function setAll(out: number[], bits: readonly number[]): void {
  for (let i = 0; i < bits.length; i++) set(out, bits[i]!);
}

/** Marks the fields under `nodes` that `value` (an object) holds. Indexed loops: runs for every cluster. */
function mark(value: object, nodes: readonly NeedNode[], out: number[]): void {
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n]!;
    const next: unknown = (value as Record<string, unknown>)[node.key];
    if (next === undefined) continue;
    if (!node.each) {
      if (node.bit >= 0) set(out, node.bit);
      if (node.children.length > 0) below(next, node, out);
      continue;
    }
    if (!Array.isArray(next)) {
      setAll(out, node.below);
      continue;
    }
    for (let i = 0; i < next.length; i++) {
      const item: unknown = next[i];
      if (item === undefined) continue;
      if (node.bit >= 0) set(out, node.bit);
      if (node.children.length > 0) below(item, node, out);
    }
  }
}

/** Marks what `value`, found at `node`, holds of the fields below it. */
function below(value: unknown, node: NeedNode, out: number[]): void {
  if (value === null || typeof value !== 'object') setAll(out, node.below);
  else mark(value, node.children, out);
}

/**
 * Why a connection from one part to another is refused, as a code the UI can put into words. The canvas
 * asks while a connection is dragged; the connect command refuses with the same answer.
 */
import type { Design } from '../model/design.js';
import type { PartKind } from '../model/parts.js';
import { CONNECTION_TYPES, connectionMeaning } from '../model/structure.js';

export type ConnectionRefusal =
  | { code: 'missing-part'; partId: string }
  | { code: 'same-part' }
  /** The model gives no meaning to `from -> to`; `targets` are what `from` may connect to (may be empty). */
  | { code: 'wrong-kinds'; from: PartKind; to: PartKind; targets: PartKind[] }
  | { code: 'duplicate'; fromName: string; toName: string };

/** Kinds a part of `kind` may start a connection to, in the model's order. */
export function connectionTargets(kind: PartKind): PartKind[] {
  return CONNECTION_TYPES.filter((c) => c.from === kind).map((c) => c.to);
}

/** Undefined when `from -> to` would be a meaningful, new connection; otherwise why not. */
export function connectionRefusal(design: Design, from: string, to: string): ConnectionRefusal | undefined {
  const a = design.parts.find((p) => p.id === from);
  if (!a) return { code: 'missing-part', partId: from };
  const b = design.parts.find((p) => p.id === to);
  if (!b) return { code: 'missing-part', partId: to };
  if (from === to) return { code: 'same-part' };
  if (!connectionMeaning(a.kind, b.kind))
    return { code: 'wrong-kinds', from: a.kind, to: b.kind, targets: connectionTargets(a.kind) };
  if (design.connections.some((c) => c.from === from && c.to === to)) {
    return { code: 'duplicate', fromName: a.name, toName: b.name };
  }
  return undefined;
}

/**
 * The kinds of connection people read on a diagram, and how each is drawn. The kind is not stored: it
 * follows from the kinds of its two ends, whose kind module says how each connection it starts is drawn.
 * The canvas, its legend and the image export all draw connections from this one table.
 */
import { CONNECTION_TYPES } from './structure.js';
import type { PartKind } from './parts.js';

export const CONNECTION_KINDS = ['traffic', 'image-pull', 'service-registration', 'vpn'] as const;
export type ConnectionKind = (typeof CONNECTION_KINDS)[number];

export interface ConnectionLook {
  /** Stroke and arrowhead colour; readable on the light and the dark canvas. */
  color: string;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash: string;
  /** i18n key of the kind's name (`connections.kind.<kind>`). */
  labelKey: `connections.kind.${ConnectionKind}`;
}

export const CONNECTION_LOOKS: Record<ConnectionKind, ConnectionLook> = {
  // Requests from a load balancer or API to what serves them: the main flow, a solid line.
  traffic: { color: '#1a73e8', dash: '', labelKey: 'connections.kind.traffic' },
  // Pulled at Pod start, not on each request: dashed.
  'image-pull': { color: '#e07000', dash: '8 5', labelKey: 'connections.kind.image-pull' },
  'service-registration': { color: '#d6157a', dash: '2 4', labelKey: 'connections.kind.service-registration' },
  vpn: { color: '#2e9d3a', dash: '12 4 3 4', labelKey: 'connections.kind.vpn' },
};

/** Grey for a connection the model gives no meaning (a hand-edited file); the loader normally refuses those. */
export const UNKNOWN_CONNECTION_COLOR = '#7d8998';

/** The kind of a connection between parts of these kinds (its kind module's `drawnAs`), or undefined if the model allows none. */
export function connectionKind(from: PartKind, to: PartKind): ConnectionKind | undefined {
  return CONNECTION_TYPES.find((c) => c.from === from && c.to === to)?.drawnAs;
}

/**
 * The kinds of connection people read on a diagram, and how each is drawn. The kind is not stored: it
 * follows from what the connection means (structure.ts), which follows from the kinds of its two ends.
 * The canvas, its legend and the image export all draw connections from this one table.
 */
import type { ConnectionMeaning } from './structure.js';
import { connectionMeaning } from './structure.js';
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

const KIND_OF_MEANING: Record<ConnectionMeaning, ConnectionKind> = {
  'routes-to': 'traffic',
  'vpc-link-to': 'traffic',
  'image-for': 'image-pull',
  'registers-in': 'service-registration',
  'connects-to': 'vpn',
};

/** The kind of a connection between parts of these kinds, or undefined if the model allows none. */
export function connectionKind(from: PartKind, to: PartKind): ConnectionKind | undefined {
  const meaning = connectionMeaning(from, to);
  return meaning && KIND_OF_MEANING[meaning];
}

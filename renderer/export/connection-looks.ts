/**
 * How the image export draws each kind of connection (traffic, image pull, service registration, VPN),
 * in one table. The canvas's own connection styling is being reworked in parallel (issue 11, item 5);
 * when it lands, this table is to be replaced by the canvas's, so both draw the same.
 */
import type { PartKind } from '../../shared/model/parts.js';
import { connectionMeaning, type ConnectionMeaning } from '../../shared/model/structure.js';

export type ConnectionKind = 'traffic' | 'image-pull' | 'service-registration' | 'vpn';

export interface ConnectionLook {
  color: string;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash: string;
}

export const CONNECTION_LOOKS: Record<ConnectionKind, ConnectionLook> = {
  traffic: { color: '#1a73e8', dash: '' },
  'image-pull': { color: '#e07000', dash: '8 5' },
  'service-registration': { color: '#d6157a', dash: '2 4' },
  vpn: { color: '#2e9d3a', dash: '12 4 3 4' },
};

/** The line of a connection the model does not know (a hand-edited file): the canvas's grey. */
export const UNKNOWN_CONNECTION_LOOK: ConnectionLook = { color: '#7d8998', dash: '' };

const KIND_OF_MEANING: Record<ConnectionMeaning, ConnectionKind> = {
  'routes-to': 'traffic',
  'vpc-link-to': 'traffic',
  'image-for': 'image-pull',
  'registers-in': 'service-registration',
  'connects-to': 'vpn',
};

export function connectionKindOf(from: PartKind, to: PartKind): ConnectionKind | undefined {
  const meaning = connectionMeaning(from, to);
  return meaning && KIND_OF_MEANING[meaning];
}

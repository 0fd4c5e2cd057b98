/**
 * Part icons, drawn for this project as simple inline SVG in the spirit of AWS architecture icons
 * (coloured rounded square, white glyph). No icon set is copied.
 */
import type { ReactElement } from 'react';
import type { PartKind } from '../../shared/model/parts.js';

/** Category colours, close to the AWS icon palette families. */
export const KIND_COLORS: Record<PartKind, string> = {
  vpc: '#8c4fff',
  subnet: '#8c4fff',
  cluster: '#ed7100',
  'managed-node-group': '#ed7100',
  'self-managed-node-group': '#d45b07',
  'fargate-profile': '#ed7100',
  alb: '#8c4fff',
  nlb: '#8c4fff',
  ecr: '#ed7100',
  'cloud-map': '#e7157b',
  'api-gateway': '#e7157b',
  'on-prem-network': '#7d8998',
  workload: '#01a88d',
};

const W = { stroke: '#fff', strokeWidth: 1.6, fill: 'none', strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

const GLYPHS: Record<PartKind, ReactElement> = {
  vpc: (
    <g {...W}>
      <path d="M8 16a5 5 0 0 1 1-9.8A6 6 0 0 1 20.5 8 4 4 0 0 1 20 16z" />
      <rect x="11" y="12" width="6" height="5" />
    </g>
  ),
  subnet: (
    <g {...W}>
      <rect x="6" y="6" width="16" height="16" rx="1" strokeDasharray="3 2" />
      <rect x="10" y="10" width="8" height="8" />
    </g>
  ),
  cluster: (
    <g {...W}>
      <path d="M14 4l8.5 5v10L14 24l-8.5-5V9z" />
      <path d="M11 9v10M11 14l5-5M11 14l5 5" />
    </g>
  ),
  'managed-node-group': (
    <g {...W}>
      <rect x="5" y="5" width="8" height="8" />
      <rect x="15" y="5" width="8" height="8" />
      <rect x="5" y="15" width="8" height="8" />
      <rect x="15" y="15" width="8" height="8" />
    </g>
  ),
  'self-managed-node-group': (
    <g {...W}>
      <rect x="5" y="5" width="8" height="8" />
      <rect x="15" y="5" width="8" height="8" />
      <rect x="5" y="15" width="8" height="8" />
      <path d="M19 15v8M15 19h8" />
    </g>
  ),
  'fargate-profile': (
    <g {...W}>
      <path d="M14 5l8 4.5v9L14 23l-8-4.5v-9z" />
      <path d="M6 9.5l8 4.5 8-4.5M14 14v9" />
    </g>
  ),
  alb: (
    <g {...W}>
      <circle cx="14" cy="14" r="8.5" />
      <path d="M8 14h5M13 14l5-4M13 14l5 4M13 14h6" />
    </g>
  ),
  nlb: (
    <g {...W}>
      <circle cx="14" cy="14" r="8.5" />
      <path d="M9 10h10M9 14h10M9 18h10" />
    </g>
  ),
  ecr: (
    <g {...W}>
      <rect x="6" y="8" width="16" height="12" rx="1" />
      <path d="M10 8v12M14 8v12M18 8v12" />
    </g>
  ),
  'cloud-map': (
    <g {...W}>
      <circle cx="14" cy="8" r="2.5" />
      <circle cx="8" cy="19" r="2.5" />
      <circle cx="20" cy="19" r="2.5" />
      <path d="M13 10.2l-3.8 6.6M15 10.2l3.8 6.6M10.5 19h7" />
    </g>
  ),
  'api-gateway': (
    <g {...W}>
      <path d="M9 6l-4 8 4 8M19 6l4 8-4 8M12 14h4" />
    </g>
  ),
  'on-prem-network': (
    <g {...W}>
      <path d="M6 22V10l8-5 8 5v12z" />
      <path d="M11 22v-6h6v6" />
    </g>
  ),
  workload: (
    <g {...W}>
      <path d="M14 5l8 4v10l-8 4-8-4V9z" />
      <path d="M14 12v11M6 9l8 3 8-3" />
    </g>
  ),
};

export function PartIcon({ kind, size = 28 }: { kind: PartKind; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 28 28" aria-hidden="true" className="part-icon">
      <rect width="28" height="28" rx="5" fill={KIND_COLORS[kind]} />
      {GLYPHS[kind]}
    </svg>
  );
}

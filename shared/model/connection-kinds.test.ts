import { describe, expect, it } from 'vitest';
import { CONNECTION_KINDS, CONNECTION_LOOKS, connectionKind } from './connection-kinds.js';
import { CONNECTION_TYPES } from './structure.js';

describe('connection kinds', () => {
  it('gives every connection the model allows a kind', () => {
    for (const c of CONNECTION_TYPES) expect(connectionKind(c.from, c.to)).toBeDefined();
  });
  it('derives the kind from the two ends', () => {
    expect(connectionKind('alb', 'workload')).toBe('traffic');
    expect(connectionKind('nlb', 'workload')).toBe('traffic');
    expect(connectionKind('api-gateway', 'alb')).toBe('traffic');
    expect(connectionKind('ecr', 'workload')).toBe('image-pull');
    expect(connectionKind('workload', 'cloud-map')).toBe('service-registration');
    expect(connectionKind('on-prem-network', 'vpc')).toBe('vpn');
    expect(connectionKind('ecr', 'alb')).toBeUndefined();
  });
  it('draws each kind in its own colour and dash', () => {
    const looks = CONNECTION_KINDS.map((k) => CONNECTION_LOOKS[k]);
    expect(new Set(looks.map((l) => l.color)).size).toBe(CONNECTION_KINDS.length);
    expect(new Set(looks.map((l) => l.dash)).size).toBe(CONNECTION_KINDS.length);
  });
});

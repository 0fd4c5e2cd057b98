import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { Edge } from '@xyflow/react';
import { addPart, connect } from '../../shared/editor/commands.js';
import type { Design } from '../../shared/model/design.js';
import { i18next } from '../i18n/index.js';
import { connectionNames, namedEdges } from './canvas-names.js';

function design(): Design {
  let d: Design = { name: 'd', description: '', parts: [], connections: [] };
  d = addPart(d, 'vpc').design;
  d = addPart(d, 'cluster', { parentId: 'vpc-1' }).design;
  d = addPart(d, 'workload', { parentId: 'cluster-1', name: 'web' }).design;
  d = addPart(d, 'alb', { parentId: 'vpc-1', name: 'front' }).design;
  d = addPart(d, 'ecr', { name: 'images' }).design;
  d = connect(d, 'alb-1', 'workload-1', 'HTTPS').design;
  d = connect(d, 'ecr-1', 'workload-1').design;
  return d;
}

describe('connection names', () => {
  it('says what a connection means between which parts, in English and Japanese', async () => {
    await i18next.changeLanguage('en');
    const en = connectionNames(i18next.t as TFunction, design());
    expect([...en.values()]).toEqual(['front routes traffic to web (HTTPS)', 'images provides the container image for web']);
    await i18next.changeLanguage('ja');
    const ja = connectionNames(i18next.t as TFunction, design());
    expect([...ja.values()]).toEqual(['front から web へのトラフィック (HTTPS)', 'images が web のコンテナイメージを提供']);
    await i18next.changeLanguage('en');
  });

  it('names edges, keeping an edge object that already has its name', () => {
    const named: Edge = { id: 'a', source: 'x', target: 'y', ariaLabel: 'A' };
    const bare: Edge = { id: 'b', source: 'x', target: 'y' };
    const out = namedEdges(
      [named, bare],
      new Map([
        ['a', 'A'],
        ['b', 'B'],
      ]),
    );
    expect(out[0]).toBe(named);
    expect(out[1]!.ariaLabel).toBe('B');
  });
});

/**
 * The exporter skips dropReplaced for a cluster that carries no imported fields (carriesImportedFields). That is
 * sound only while dropReplaced would change nothing there: checked on every template and on generated designs
 * with and without imported fields, by building the config and running dropReplaced over a copy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DesignIndex } from '../model/design-index.js';
import type { Design } from '../model/design.js';
import { parseDesignValue } from '../model/document.js';
import { designArb } from '../test-support/arbitraries.js';
import { buildClusterConfigOf } from './cluster-config.js';
import { cloneJson } from './merge-extra.js';
import { carriesImportedFields, dropReplaced } from './replaced.js';

const TEMPLATES_DIR = new URL('../../templates/', import.meta.url);
const templates = readdirSync(TEMPLATES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f): [string, Design] => [f, parseDesignValue(JSON.parse(readFileSync(new URL(f, TEMPLATES_DIR), 'utf8'))).design]);

/** For each cluster without imported fields: [config as built, config after a dropReplaced of its own]. */
function skippedDrops(design: Design): [unknown, unknown][] {
  const index = new DesignIndex(design);
  return index
    .ofKind('cluster')
    .filter((cluster) => !carriesImportedFields(index, cluster))
    .map((cluster) => {
      const { config } = buildClusterConfigOf(index, cluster);
      const dropped = cloneJson(config) as typeof config;
      dropReplaced(dropped, cluster);
      return [config, dropped];
    });
}

describe('dropReplaced is skipped only where it changes nothing', () => {
  it.each(templates)('%s', (_name, design) => {
    const pairs = skippedDrops(design);
    expect(pairs.length).toBeGreaterThan(0);
    for (const [built, dropped] of pairs) expect(dropped).toEqual(built);
  });

  it('on generated designs, with and without imported fields', () => {
    let skipped = 0;
    fc.assert(
      fc.property(fc.oneof(designArb({ extras: false }), designArb({ extras: true })), (design) => {
        for (const [built, dropped] of skippedDrops(design)) {
          skipped++;
          expect(dropped).toEqual(built);
        }
      }),
      { numRuns: 300, seed: 20261207 },
    );
    expect(skipped).toBeGreaterThan(100);
  });

  it('a node group carrying imported fields makes the cluster carry them', () => {
    const design = templates[0]![1];
    const ng = design.parts.find((p) => p.kind === 'managed-node-group')!;
    const withExtra: Design = {
      ...design,
      parts: design.parts.map((p) => (p === ng ? { ...p, props: { ...p.props, extra: { propagateASGTags: true } } } : p)),
    } as Design;
    const index = new DesignIndex(withExtra);
    expect(carriesImportedFields(index, index.clusterOf(index.get(ng.id)!)!)).toBe(true);
  });
});

/**
 * Property tests. Round trip: a random valid design, exported, imported and exported again gives the same
 * config (compared as parsed YAML), and the imported design keeps what the canvas shows of it (names,
 * kinds, sizes, instance types, labels, taints, subnets). Ids and positions are not compared: the importer
 * lays the design out afresh and names parts by position, and neither reaches the exported file.
 * Mapping: the same holds with the origin record removed, so the importer reads back everything the
 * exporter writes (a strictly stronger check than the first, which the origin record alone would satisfy).
 * Robustness: random text and random mutations of real configs either import or raise EksctlImportError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildClusterConfig, renderClusterYaml } from '../export/index.js';
import type { Design } from '../model/design.js';
import type { Part } from '../model/parts.js';
import { designArb } from '../test-support/arbitraries.js';
import { stringify } from 'yaml';
import { EksctlImportError, importEksctlYaml } from '../round-trip/index.js';
import { parseEksctlYamlText } from './parse-yaml.js';
import { withoutNullFields } from './check-config.js';
import { fillZeroEntries } from './empty-list-entries.js';
import { FIXTURE_NAMES, fixtureText, yamlValue } from '../../test-support/eksctl-fixtures.js';

function exportText(design: Design): string {
  return renderClusterYaml(buildClusterConfig(design), design.name);
}

/** What the canvas shows of a design, without ids, positions and inferred settings. */
function visible(design: Design) {
  const byKind = (kinds: Part['kind'][]) =>
    design.parts
      .filter((p) => kinds.includes(p.kind))
      .map((p) => {
        if (p.kind === 'managed-node-group' || p.kind === 'self-managed-node-group') {
          const { instanceTypes, capacityType, minSize, desiredCapacity, maxSize, labels, taints, amiFamily, volumeSize } =
            p.props;
          return {
            kind: p.kind,
            name: p.name,
            instanceTypes,
            capacityType,
            minSize,
            desiredCapacity,
            maxSize,
            labels,
            taints,
            amiFamily,
            volumeSize,
          };
        }
        if (p.kind === 'fargate-profile') return { kind: p.kind, name: p.name, selectors: p.props.selectors };
        if (p.kind === 'subnet')
          return { kind: p.kind, az: p.props.availabilityZone, cidr: p.props.cidr, access: p.props.access };
        return { kind: p.kind };
      })
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const cluster = design.parts.find((p) => p.kind === 'cluster')!;
  return {
    cluster: { name: cluster.name, region: cluster.props.region, version: cluster.props.version },
    parts: byKind(['managed-node-group', 'self-managed-node-group', 'fargate-profile', 'subnet']),
  };
}

function importsOrRefuses(text: string): void {
  try {
    importEksctlYaml(text);
  } catch (err) {
    if (!(err instanceof EksctlImportError)) throw err;
    expect(err.message.length).toBeGreaterThan(0);
  }
  expect(Object.keys(Object.prototype)).toEqual([]);
}

describe('import round trip of random designs', () => {
  it('exports the same config after import, and keeps what the canvas shows', () => {
    fc.assert(
      fc.property(designArb(), (design) => {
        const first = exportText(design);
        const { document } = importEksctlYaml(first);
        expect(yamlValue(exportText(document.design))).toEqual(yamlValue(first));
        expect(visible(document.design)).toEqual(visible(design));
      }),
      { numRuns: 60 },
    );
  });
});

describe('import mapping', () => {
  it('understands every exported design: without the recorded origin, the import exports the same config', () => {
    fc.assert(
      fc.property(designArb(), (design) => {
        const first = exportText(design);
        const { document } = importEksctlYaml(first);
        for (const part of document.design.parts) if (part.kind === 'cluster') delete part.props.eksctlOrigin;
        expect(yamlValue(exportText(document.design))).toEqual(yamlValue(first));
      }),
      { numRuns: 150 },
    );
  });
});

describe('import robustness', () => {
  it('imports or refuses random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), importsOrRefuses), { numRuns: 400 });
  });

  it('imports or refuses random YAML-ish text after a ClusterConfig header', () => {
    const head = 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: c\n  region: us-east-1\n';
    const token = fc.constantFrom(
      '\n',
      '  ',
      '- ',
      ': ',
      '[',
      ']',
      '{',
      '}',
      '&a ',
      '*a',
      '<<: ',
      '__proto__',
      'vpc',
      'name',
      'nodeGroups',
      '1.30',
      'yes',
      '"',
      "'",
      '#',
      '---\n',
      '!!binary ',
      '? ',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => importsOrRefuses(head + tokens.join(''))),
      { numRuns: 400 },
    );
  });

  it('imports or refuses random mutations of the real example configs', () => {
    const mutation = fc.record({
      file: fc.constantFrom(...FIXTURE_NAMES),
      at: fc.nat(),
      cut: fc.nat(40),
      insert: fc.string({ maxLength: 20 }),
    });
    fc.assert(
      fc.property(mutation, ({ file, at, cut, insert }) => {
        const text = fixtureText(file);
        const i = at % (text.length + 1);
        importsOrRefuses(text.slice(0, i) + insert + text.slice(i + cut));
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips every value-level mutation of a real config that it accepts', () => {
    const valid = FIXTURE_NAMES.filter((f) => {
      try {
        importEksctlYaml(fixtureText(f));
        return true;
      } catch {
        return false;
      }
    });
    const read = (text: string) => parseEksctlYamlText(text).value;
    fc.assert(
      fc.property(
        fc.constantFrom(...valid),
        fc.nat(),
        // Through JSON: -0 becomes 0. They are one number to eksctl (Go reads both as 0), and the export writes 0.
        fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
        (file, n, replacement) => {
          const value = read(fixtureText(file));
          const paths = leafPaths(value).filter((p) => p.length > 0);
          const path = paths[n % paths.length]!;
          let parent = value as Record<string | number, unknown>;
          for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
          parent[path[path.length - 1]!] = replacement;
          const text = stringify(value, { version: '1.1' });
          let imported;
          try {
            imported = importEksctlYaml(text);
          } catch (err) {
            if (err instanceof EksctlImportError) return;
            throw err;
          }
          // A null field is an absent one to eksctl (encoding/json leaves it at its zero value); import drops it. A
          // null entry of a list of values is that value's zero, an empty object (empty-list-entries.ts).
          expect(read(exportText(imported.document.design))).toEqual(fillZeroEntries(withoutNullFields(read(text))));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Every path in a JSON value, parents before children. */
function leafPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => leafPaths(item, [...path, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const key of Object.keys(value)) leafPaths((value as Record<string, unknown>)[key], [...path, key], out);
  return out;
}

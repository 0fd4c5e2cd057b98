import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  instanceCatalog,
  INSTANCE_CATALOG_SOURCES,
  instanceTypeFacts,
  isMacInstanceType,
  readInstanceCatalog,
  rowLooksRight,
  rowPassesColumns,
  searchInstanceTypes,
} from './instance-catalog.js';

describe('EC2 instance catalog', () => {
  it('loads all 1,108 types with their facts and provenance', () => {
    expect(instanceCatalog()).toHaveLength(1108);
    expect(instanceTypeFacts('m7g.large')).toEqual({
      type: 'm7g.large',
      vcpu: 2,
      memoryMiB: 8192,
      gpus: 0,
      arch: 'arm64',
      usdPerHourUsEast1: 0.0816,
      maxEnis: 3,
      ipv4PerEni: 10,
      maxPodsVpcCni: 29,
      trunking: true,
      branchEnis: 9,
    });
    // maxPodsVpcCni is the VPC CNI formula over the EKS AMI's ENI facts, for every type that has them.
    for (const t of instanceCatalog()) {
      if (t.maxEnis !== null && t.ipv4PerEni !== null) expect(t.maxPodsVpcCni, t.type).toBe(t.maxEnis * (t.ipv4PerEni - 1) + 2);
    }
    expect(instanceTypeFacts('g5.xlarge')?.gpus).toBe(1);
    expect(instanceTypeFacts('foo.bar')).toBeUndefined();
    expect(INSTANCE_CATALOG_SOURCES.license).toMatch(/Apache-2\.0/);
  });

  it('refuses a file with a wrong cell, naming the row and column', () => {
    const good = ['m7g.large', 2, 8192, 0, 'arm64', 0.0816, 3, 10, 29, true, 9];
    const file = (row: unknown[]) => ({ sources: { license: 'Apache-2.0' }, types: [good, row] });
    expect(readInstanceCatalog(file(good)).types).toHaveLength(2);
    expect(() => readInstanceCatalog(file(['m7g.xlarge', 4, 16384, 0, 'x86', null, null, null, null, false, 0]))).toThrow(
      'instance-types.json: types[1] (m7g.xlarge) arch is "x86"',
    );
    expect(() => readInstanceCatalog(file(['M7G', 4, 16384, 0, 'arm64', null, null, null, null, false, 0]))).toThrow(
      /types\[1\] \(M7G\) type/,
    );
    expect(() => readInstanceCatalog(file(['m7g.xlarge', 4, 16384, -1, 'arm64', null, null, null, null, false, 0]))).toThrow(
      /gpus is -1/,
    );
    expect(() => readInstanceCatalog(file(['m7g.xlarge', 0, 16384, 0, 'arm64', null, null, null, null, false, 0]))).toThrow(
      /vcpu is 0/,
    );
    expect(() => readInstanceCatalog(file(['m7g.xlarge', 4]))).toThrow('types[1] must have 11 columns');
    expect(() => readInstanceCatalog({ sources: {}, types: [] })).toThrow('"types" must list rows');
  });

  it('checks a row in one expression exactly as the named per-column checks do', () => {
    const good: unknown[] = ['m7g.large', 2, 8192, 0, 'arm64', 0.0816, 3, 10, 29, true, 9];
    expect(rowLooksRight(good)).toBe(true);
    // Every column set to each value its check treats specially: NaN, ±Infinity, -0, fractions, negatives,
    // wrong types.
    const edges = [null, true, false, NaN, Infinity, -Infinity, -0, 0, 1, 1.5, -1, 0.0816, 'amd64', 'arm64', 'x86'];
    const names = ['m7g.large', 'M7G', 'm7g', 'c5.metal-24xl', ''];
    for (let c = 0; c < good.length; c++) {
      for (const value of [...edges, ...names]) {
        const row = good.map((v, i) => (i === c ? value : v));
        expect(rowLooksRight(row), `column ${c} = ${String(value)}`).toBe(rowPassesColumns(row));
      }
    }
    // And rows of random cells.
    const cell = fc.oneof(fc.constantFrom(...edges, ...names), fc.double(), fc.integer({ min: -5, max: 5000 }));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 11, maxLength: 11 }), (r) => {
        expect(rowLooksRight(r)).toBe(rowPassesColumns(r));
      }),
      { numRuns: 2000 },
    );
  });

  it('ships its README with the provenance and the Apache-2.0 notice', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    expect(readme).toContain('kubernetes/autoscaler');
    expect(readme).toContain('Apache License, Version 2.0');
  });

  it('finds types by prefix first, smallest first, then anywhere in the name', () => {
    expect(searchInstanceTypes('m7g.l').map((t) => t.type)).toEqual(['m7g.large']);
    const c7i = searchInstanceTypes('c7i.').map((t) => t.type);
    expect(c7i.slice(0, 2)).toEqual(['c7i.large', 'c7i.xlarge']);
    const metal = searchInstanceTypes('.metal', 500);
    expect(metal.length).toBeGreaterThan(50);
    expect(metal.every((t) => t.type.includes('.metal'))).toBe(true);
    expect(searchInstanceTypes('  M7G.LARGE ')[0]?.type).toBe('m7g.large');
    expect(searchInstanceTypes('', 10)).toHaveLength(10);
    expect(searchInstanceTypes('zzz')).toEqual([]);
  });

  it('holds the Mac family, and does not offer it: EKS runs no Mac instance as a node', () => {
    const macs = instanceCatalog()
      .filter((t) => isMacInstanceType(t.type))
      .map((t) => t.type);
    // Every family whose name starts with "mac", and no other type: the class the name test stands for.
    expect(macs.sort()).toEqual([
      'mac-m4.metal',
      'mac-m4pro.metal',
      'mac1.metal',
      'mac2-m1ultra.metal',
      'mac2-m2.metal',
      'mac2-m2pro.metal',
      'mac2.metal',
    ]);
    expect(isMacInstanceType('mac3.metal')).toBe(true); // newer than the catalog, still a Mac
    expect(isMacInstanceType('m7i.metal-24xl')).toBe(false);
    expect(searchInstanceTypes('mac')).toEqual([]);
    expect(searchInstanceTypes('.metal', 2000).filter((t) => isMacInstanceType(t.type))).toEqual([]);
    expect(searchInstanceTypes('', 2000)).toHaveLength(1108 - macs.length);
  });
});

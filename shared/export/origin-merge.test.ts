/**
 * Export of imported clusters: untouched, the source comes back as it was; each edit on the canvas shows up
 * in the exported config, and nothing else moves.
 */
import { describe, expect, it } from 'vitest';
import { importEksctlYaml } from '../round-trip/index.js';
import type { Design } from '../model/design.js';
import { createPart } from '../model/defaults.js';
import type { Part, PartOf } from '../model/parts.js';
import { buildClusterConfig } from './cluster-config.js';
import { applyEksctlOrigin, jsonEqual } from './origin-merge.js';

const SOURCE = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: cluster-1
  region: eu-north-1
vpc:
  cidr: 10.10.0.0/16
nodeGroups:
  - name: ng-1
    instanceType: m5.large
    desiredCapacity: 1
    preBootstrapCommands: ["echo hi"]
  - name: ng-2
    instanceType: m5.xlarge
addons:
  - name: vpc-cni
    version: latest
cloudWatch:
  clusterLogging:
    enableTypes: ["audit", "authenticator"]
`;

function imported(): Design {
  return importEksctlYaml(SOURCE).document.design;
}

function edit<K extends Part['kind']>(design: Design, kind: K, name: string, change: (p: PartOf<K>) => void): Design {
  const part = design.parts.find((p): p is PartOf<K> => p.kind === kind && p.name === name);
  if (!part) throw new Error(`no ${kind} ${name}`);
  change(part);
  return design;
}

describe('applyEksctlOrigin', () => {
  it('returns the source when nothing changed, keeping its key order', () => {
    const source = { b: 1, a: { y: [1, 2], x: 'v' } };
    const baseline = { a: { x: 'v', z: true }, c: 3 };
    const out = applyEksctlOrigin({ c: 3, a: { z: true, x: 'v' } }, { source, baseline });
    expect(out).toEqual(source);
    expect(JSON.stringify(out)).toBe(JSON.stringify(source));
  });

  it('takes changed, added and removed values from the current config', () => {
    const source = { keep: 1, a: { x: 'v', extra: 'e' }, gone: 5 };
    const baseline = { a: { x: 'v' }, gone: 5, d: 1 };
    const current = { a: { x: 'w' }, d: 1, added: [1] };
    expect(applyEksctlOrigin(current, { source, baseline })).toEqual({ keep: 1, a: { x: 'w', extra: 'e' }, added: [1] });
  });

  it('matches list items by name, and replaces unnamed lists whole', () => {
    const source = { l: [{ name: 'a', v: 1, s: 'x' }, { name: 'b' }], u: [1, 2] };
    const baseline = { l: [{ name: 'b' }, { name: 'a', v: 1 }], u: [1, 2] };
    const current = { l: [{ name: 'a', v: 2 }, { name: 'c' }], u: [3] };
    expect(applyEksctlOrigin(current, { source, baseline })).toEqual({ l: [{ name: 'a', v: 2, s: 'x' }, { name: 'c' }], u: [3] });
  });

  it('never copies keys that could reach Object.prototype', () => {
    const current = JSON.parse('{"a": {"__proto__": {"polluted": true}, "x": 1}}') as Record<string, unknown>;
    const out = applyEksctlOrigin(current, { source: { a: {} }, baseline: { a: {} } });
    expect(Object.hasOwn(out['a'] as object, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('compares JSON values structurally', () => {
    expect(jsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
  });
});

describe('exporting an imported design after edits', () => {
  it('writes a changed size where eksctl reads it and keeps everything else as in the file', () => {
    const design = edit(imported(), 'self-managed-node-group', 'ng-1', (p) => {
      p.props.desiredCapacity = 3;
      p.props.maxSize = 5;
    });
    const config = buildClusterConfig(design);
    expect(config.nodeGroups?.[0]).toEqual({
      name: 'ng-1',
      instanceType: 'm5.large',
      desiredCapacity: 3,
      preBootstrapCommands: ['echo hi'],
      maxSize: 5,
    });
    expect(config.nodeGroups?.[1]).toEqual({ name: 'ng-2', instanceType: 'm5.xlarge' });
    expect(config.cloudWatch).toEqual({ clusterLogging: { enableTypes: ['audit', 'authenticator'] } });
    expect(config.vpc).toEqual({ cidr: '10.10.0.0/16' });
  });

  it('drops a deleted node group and adds a drawn one with the exporter fields', () => {
    const design = imported();
    design.parts = design.parts.filter((p) => p.name !== 'ng-2');
    const cluster = design.parts.find((p) => p.kind === 'cluster')!;
    design.parts.push(createPart(design, 'managed-node-group', { parentId: cluster.id, name: 'added' }));
    const config = buildClusterConfig(design);
    expect(config.nodeGroups?.map((n) => n.name)).toEqual(['ng-1']);
    expect(config.managedNodeGroups).toEqual([expect.objectContaining({ name: 'added', instanceType: 'm6i.large', minSize: 2 })]);
  });

  it('follows a renamed cluster, a new version and new log types', () => {
    const design = edit(imported(), 'cluster', 'cluster-1', (p) => {
      p.name = 'renamed';
      p.props.version = '1.34';
      p.props.logging = ['api', 'audit', 'authenticator'];
    });
    const config = buildClusterConfig(design);
    expect(config.metadata).toEqual({ name: 'renamed', region: 'eu-north-1', version: '1.34' });
    expect(config.cloudWatch).toEqual({ clusterLogging: { enableTypes: ['api', 'audit', 'authenticator'] } });
    expect(config.addons).toEqual([{ name: 'vpc-cni', version: 'latest' }]);
  });

  // Found by the seventh pass of unseen configs: a self-managed mixed-instances group (25 % Spot above two
  // On-Demand) switched to one Graviton type on the canvas exported instanceType: m7g.xlarge beside its old
  // instancesDistribution, which eksctl refuses ("instanceType should be "mixed" or unset when using the
  // instances distribution feature") and which still listed the x86 types.
  it('keeps a mixed-instances group mixed when its instance types change, and writes them into its distribution', () => {
    const source = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: mixed
  region: eu-north-1
nodeGroups:
  - name: workers
    instanceType: mixed
    instancesDistribution:
      instanceTypes: [m7i.large, m6i.large]
      onDemandBaseCapacity: 2
      onDemandPercentageAboveBaseCapacity: 25
`;
    for (const types of [['m7g.xlarge'], ['m7g.xlarge', 'm6g.xlarge']]) {
      const design = edit(importEksctlYaml(source).document.design, 'self-managed-node-group', 'workers', (p) => {
        p.props.instanceTypes = types;
      });
      const ng = buildClusterConfig(design).nodeGroups?.[0];
      expect(ng?.instanceType).toBe('mixed');
      expect(ng?.instancesDistribution).toEqual({
        instanceTypes: types,
        onDemandBaseCapacity: 2,
        onDemandPercentageAboveBaseCapacity: 25,
      });
    }
  });

  it('writes the NAT mode once the VPC is changed on the canvas', () => {
    const design = edit(imported(), 'vpc', 'cluster-1-vpc', (p) => {
      p.props.natGateway = 'HighlyAvailable';
    });
    expect(buildClusterConfig(design).vpc).toEqual({ cidr: '10.10.0.0/16', nat: { gateway: 'HighlyAvailable' } });
  });
});

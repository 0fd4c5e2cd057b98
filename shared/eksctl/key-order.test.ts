import { describe, expect, it } from 'vitest';
import { orderClusterConfigKeys } from './key-order.js';

describe('orderClusterConfigKeys', () => {
  it("orders known fields by eksctl's preferredOrder at every depth, apiVersion first", () => {
    const ordered = orderClusterConfigKeys({
      managedNodeGroups: [{ maxSize: 3, name: 'ng', minSize: 1, instanceType: 'm5.large' }],
      metadata: { version: '1.35', region: 'us-east-1', name: 'c' },
      kind: 'ClusterConfig',
      vpc: { clusterEndpoints: { publicAccess: true, privateAccess: true }, cidr: '10.0.0.0/16' },
      apiVersion: 'eksctl.io/v1alpha5',
    });
    expect(JSON.stringify(ordered)).toBe(
      JSON.stringify({
        apiVersion: 'eksctl.io/v1alpha5',
        kind: 'ClusterConfig',
        metadata: { name: 'c', region: 'us-east-1', version: '1.35' },
        vpc: { cidr: '10.0.0.0/16', clusterEndpoints: { privateAccess: true, publicAccess: true } },
        managedNodeGroups: [{ name: 'ng', instanceType: 'm5.large', minSize: 1, maxSize: 3 }],
      }),
    );
  });

  it('keeps map keys and unknown fields in the order given, after the known ones', () => {
    const ordered = orderClusterConfigKeys({
      zeta: 1,
      metadata: { tags: { z: '1', a: '2' }, alpha: true, name: 'c' },
      apiVersion: 'eksctl.io/v1alpha5',
    });
    expect(JSON.stringify(ordered)).toBe(
      JSON.stringify({
        apiVersion: 'eksctl.io/v1alpha5',
        metadata: { name: 'c', tags: { z: '1', a: '2' }, alpha: true },
        zeta: 1,
      }),
    );
  });

  it('drops keys that could reach Object.prototype', () => {
    const hostile = JSON.parse(
      '{"metadata": {"name": "c", "tags": {"__proto__": {"x": 1}, "ok": "1"}}, "constructor": 2}',
    ) as object;
    const ordered = orderClusterConfigKeys(hostile);
    expect(JSON.stringify(ordered)).toBe('{"metadata":{"name":"c","tags":{"ok":"1"}}}');
  });
});

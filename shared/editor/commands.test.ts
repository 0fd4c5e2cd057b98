import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.js';
import type { PartOf } from '../model/parts.js';
import {
  addPart,
  canConnect,
  connect,
  deleteConnections,
  deleteParts,
  growToFit,
  insertPart,
  labelConnection,
  moveParts,
  reparent,
  resizePart,
  selectAll,
  updatePart,
} from './commands.js';
import { EditError } from './errors.js';
import { absolutePosition, containerAt, partMap } from './geometry.js';

const empty: Design = { name: 'test', description: '', parts: [], connections: [] };

/** VPC (at 100,100) > cluster (at 50,60) > node group (at 20,50); a subnet in the VPC; an ALB in the VPC. */
function sample(): Design {
  let d = empty;
  d = addPart(d, 'vpc', { position: { x: 100, y: 100 } }).design;
  d = addPart(d, 'cluster', { parentId: 'vpc-1', position: { x: 50, y: 60 } }).design;
  d = addPart(d, 'managed-node-group', { parentId: 'cluster-1', position: { x: 20, y: 50 } }).design;
  d = addPart(d, 'workload', { parentId: 'managed-node-group-1', position: { x: 10, y: 50 } }).design;
  d = addPart(d, 'subnet', { parentId: 'vpc-1', position: { x: 700, y: 60 } }).design;
  d = addPart(d, 'alb', { parentId: 'vpc-1', position: { x: 700, y: 300 } }).design;
  return d;
}

describe('addPart', () => {
  it('creates a part with defaults, a fresh id and a unique name', () => {
    const a = addPart(empty, 'cluster').design;
    const b = addPart(a, 'cluster');
    expect(b.id).toBe('cluster-2');
    expect(b.design.parts.map((p) => p.name)).toEqual(['my-cluster', 'my-cluster-2']);
    expect((b.design.parts[1] as PartOf<'cluster'>).props.region).toBe('us-east-1');
    expect(empty.parts).toHaveLength(0);
  });

  it('refuses nesting the structure table forbids', () => {
    const d = addPart(empty, 'vpc').design;
    expect(() => addPart(d, 'workload', { parentId: 'vpc-1' })).toThrow(EditError);
    expect(() => addPart(empty, 'subnet')).toThrow(/must be placed inside/);
    expect(() => addPart(d, 'ecr', { parentId: 'vpc-1' })).toThrow(/cannot be placed inside a vpc/);
  });

  it('takes props of the kind it adds, and only those (tsc -p tsconfig.json checks the refusals)', () => {
    const vpc = insertPart(empty, 'vpc').design;
    const added = insertPart(vpc, 'subnet', { parentId: 'vpc-1', props: { access: 'private', availabilityZone: 'us-east-1b' } });
    const subnet = added.design.parts.find((p) => p.id === added.id) as PartOf<'subnet'>;
    expect(subnet.props).toMatchObject({ access: 'private', availabilityZone: 'us-east-1b' });
    expect(subnet.name).toBe('private-1b');
    const refused = [
      // @ts-expect-error a subnet's field is not a VPC's
      () => insertPart(empty, 'vpc', { props: { availabilityZone: 'us-east-1a' } }),
      // @ts-expect-error desiredCapacity is a number
      () => addPart(sample(), 'managed-node-group', { parentId: 'cluster-1', props: { desiredCapacity: '3' } }),
    ];
    // At run time the schema refuses them too.
    for (const add of refused) expect(add).toThrow();
  });
});

describe('moveParts and resizePart', () => {
  it('moves only the named parts and keeps the others identical', () => {
    const d = sample();
    const moved = moveParts(d, [{ id: 'alb-1', position: { x: 5, y: 6 } }]);
    expect(moved.parts.find((p) => p.id === 'alb-1')!.position).toEqual({ x: 5, y: 6 });
    expect(moved.parts[0]).toBe(d.parts[0]);
    expect(() => moveParts(d, [{ id: 'nope', position: { x: 0, y: 0 } }])).toThrow(/no part "nope"/);
  });

  it('resizes and refuses non-positive sizes', () => {
    const d = resizePart(sample(), 'vpc-1', { width: 1000, height: 700 });
    expect(d.parts[0]!.size).toEqual({ width: 1000, height: 700 });
    expect(() => resizePart(d, 'vpc-1', { width: 0, height: 10 })).toThrow(EditError);
  });
});

describe('reparent', () => {
  it('keeps the absolute position when moving into another container', () => {
    const d = sample();
    const before = absolutePosition(
      partMap(d),
      d.parts.find((p) => p.id === 'alb-1')!,
    );
    const out = reparent(d, 'alb-1', undefined);
    const alb = out.parts.find((p) => p.id === 'alb-1')!;
    expect(alb.parentId).toBeUndefined();
    expect(alb.position).toEqual(before);
    const back = reparent(out, 'alb-1', 'vpc-1');
    expect(back.parts.find((p) => p.id === 'alb-1')!.position).toEqual({ x: 700, y: 300 });
  });

  it('refuses forbidden parents and cycles', () => {
    const d = sample();
    expect(() => reparent(d, 'managed-node-group-1', 'vpc-1')).toThrow(/cannot go inside a vpc/);
    expect(() => reparent(d, 'managed-node-group-1', undefined)).toThrow(/needs a container/);
    expect(() => reparent(d, 'vpc-1', 'vpc-1')).toThrow(EditError);
  });
});

describe('updatePart', () => {
  it('validates props with the kind schema and applies defaults', () => {
    const d = sample();
    const ng = d.parts.find((p) => p.id === 'managed-node-group-1') as PartOf<'managed-node-group'>;
    const out = updatePart(d, ng.id, { name: 'web', note: 'why', props: { ...ng.props, maxSize: 9 } });
    const after = out.parts.find((p) => p.id === ng.id) as PartOf<'managed-node-group'>;
    expect(after).toMatchObject({ name: 'web', note: 'why' });
    expect(after.props.maxSize).toBe(9);
    expect(() => updatePart(d, ng.id, { props: { ...ng.props, minSize: -1 } })).toThrow(/minSize/);
    expect(() => updatePart(d, ng.id, { props: { ...ng.props, bogus: 1 } })).toThrow(EditError);
  });
});

describe('deleteParts', () => {
  it('removes descendants, their connections and subnet references', () => {
    let d = sample();
    d = connect(d, 'alb-1', 'workload-1').design;
    const ng = d.parts.find((p) => p.id === 'managed-node-group-1') as PartOf<'managed-node-group'>;
    d = updatePart(d, ng.id, { props: { ...ng.props, subnetIds: ['subnet-1'] } });
    const out = deleteParts(d, ['subnet-1', 'cluster-1']);
    expect(out.parts.map((p) => p.id).sort()).toEqual(['alb-1', 'vpc-1']);
    expect(out.connections).toEqual([]);

    const onlySubnet = deleteParts(d, ['subnet-1']);
    const after = onlySubnet.parts.find((p) => p.id === ng.id) as PartOf<'managed-node-group'>;
    expect(after.props.subnetIds).toEqual([]);
    expect(deleteParts(d, ['missing'])).toBe(d);
  });
});

describe('connect', () => {
  it('allows only meaningful, new connections', () => {
    const d = sample();
    expect(canConnect(d, 'alb-1', 'workload-1')).toBe(true);
    expect(canConnect(d, 'workload-1', 'alb-1')).toBe(false);
    const once = connect(d, 'alb-1', 'workload-1');
    expect(once.design.connections).toEqual([{ id: 'conn-1', from: 'alb-1', to: 'workload-1', label: '' }]);
    expect(() => connect(once.design, 'alb-1', 'workload-1')).toThrow(/already connected/);
    expect(() => connect(d, 'vpc-1', 'cluster-1')).toThrow(/cannot be connected/);
    expect(deleteConnections(once.design, ['conn-1']).connections).toEqual([]);
  });

  it('labels a connection, trimmed and no longer than the file allows; an unchanged label is no change', () => {
    const once = connect(sample(), 'alb-1', 'workload-1').design;
    const labelled = labelConnection(once, 'conn-1', '  HTTPS :443 ');
    expect(labelled.connections[0]).toEqual({ id: 'conn-1', from: 'alb-1', to: 'workload-1', label: 'HTTPS :443' });
    expect(labelConnection(labelled, 'conn-1', 'HTTPS :443')).toBe(labelled);
    expect(labelConnection(labelled, 'missing', 'x')).toBe(labelled);
    expect(labelConnection(labelled, 'conn-1', 'x'.repeat(300)).connections[0]!.label).toHaveLength(200);
    expect(labelConnection(labelled, 'conn-1', '').connections[0]!.label).toBe('');
  });
});

describe('selectAll and containerAt', () => {
  it('selects every part', () => {
    expect(selectAll(sample())).toHaveLength(6);
  });

  it('finds the innermost container that may hold the kind', () => {
    const d = sample();
    // Inside the node group (absolute 170..450, 210..380).
    expect(containerAt(d, 'workload', { x: 200, y: 250 })?.id).toBe('managed-node-group-1');
    expect(containerAt(d, 'managed-node-group', { x: 200, y: 250 })?.id).toBe('cluster-1');
    expect(containerAt(d, 'alb', { x: 200, y: 250 })?.id).toBe('vpc-1');
    expect(containerAt(d, 'ecr', { x: 200, y: 250 })).toBeUndefined();
    expect(containerAt(d, 'workload', { x: 5000, y: 5000 })).toBeUndefined();
  });
});

describe('growToFit', () => {
  it('grows a container and its ancestors around a child that sticks out', () => {
    let d = sample();
    d = moveParts(d, [{ id: 'workload-1', position: { x: 500, y: 10 } }]);
    const out = growToFit(d, 'managed-node-group-1');
    const ng = out.parts.find((p) => p.id === 'managed-node-group-1')!;
    const wl = out.parts.find((p) => p.id === 'workload-1')!;
    expect(wl.position).toEqual({ x: 500, y: 44 });
    expect(ng.size!.width).toBeGreaterThanOrEqual(500 + 200 + 16);
    const cluster = out.parts.find((p) => p.id === 'cluster-1')!;
    expect(cluster.size!.width).toBeGreaterThanOrEqual(20 + ng.size!.width + 16);
    expect(growToFit(out, 'managed-node-group-1')).toBe(out);
  });
});

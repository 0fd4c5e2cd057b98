import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.js';
import type { PartOf } from '../model/parts.js';
import { copyParts, duplicateParts, pasteClip } from './clipboard.js';
import { addPart, connect, updatePart } from './commands.js';
import { layoutProblems } from '../test-support/layout.js';

function sample(): Design {
  let d: Design = { name: 't', description: '', parts: [], connections: [] };
  d = addPart(d, 'vpc', { position: { x: 0, y: 0 } }).design;
  d = addPart(d, 'subnet', { parentId: 'vpc-1', position: { x: 10, y: 50 } }).design;
  d = addPart(d, 'cluster', { parentId: 'vpc-1', position: { x: 300, y: 50 } }).design;
  d = addPart(d, 'managed-node-group', { parentId: 'cluster-1', position: { x: 20, y: 50 } }).design;
  d = addPart(d, 'workload', { parentId: 'managed-node-group-1', position: { x: 10, y: 50 } }).design;
  d = addPart(d, 'alb', { parentId: 'vpc-1', position: { x: 10, y: 300 } }).design;
  d = connect(d, 'alb-1', 'workload-1').design;
  const ng = d.parts[3] as PartOf<'managed-node-group'>;
  return updatePart(d, ng.id, { props: { ...ng.props, subnetIds: ['subnet-1'] } });
}

describe('copy and paste', () => {
  it('duplicates a subtree with fresh ids and names, offset, into the same container', () => {
    const d = sample();
    const out = duplicateParts(d, ['cluster-1']);
    expect(out.ids).toEqual(['cluster-2', 'managed-node-group-2', 'workload-2']);
    const cluster = out.design.parts.find((p) => p.id === 'cluster-2')!;
    expect(cluster).toMatchObject({ parentId: 'vpc-1', name: 'my-cluster-copy' });
    // Next to the original, not on top of it, and inside the VPC (which grew to hold it).
    expect(layoutProblems(out.design)).toEqual([]);
    expect(out.design.parts.find((p) => p.id === 'workload-2')!.parentId).toBe('managed-node-group-2');
    // The subnet was not copied, so the copy still refers to the original one.
    const ng = out.design.parts.find((p) => p.id === 'managed-node-group-2') as PartOf<'managed-node-group'>;
    expect(ng.props.subnetIds).toEqual(['subnet-1']);
    // The ALB connection was not internal to the copy.
    expect(out.design.connections).toHaveLength(1);
  });

  it('keeps internal connections and remaps copied subnets', () => {
    const d = sample();
    const out = duplicateParts(d, ['vpc-1']);
    expect(out.design.parts).toHaveLength(12);
    expect(out.design.connections.map((c) => [c.from, c.to])).toEqual([
      ['alb-1', 'workload-1'],
      ['alb-2', 'workload-2'],
    ]);
    const ng = out.design.parts.find((p) => p.id === 'managed-node-group-2') as PartOf<'managed-node-group'>;
    expect(ng.props.subnetIds).toEqual(['subnet-2']);
  });

  it('drops roots that need a container when theirs is gone, and leaves the clip reusable', () => {
    const d = sample();
    const clip = copyParts(d, ['workload-1', 'alb-1']);
    const elsewhere: Design = { name: 'other', description: '', parts: [], connections: [] };
    const out = pasteClip(elsewhere, clip);
    expect(out.design.parts.map((p) => p.kind)).toEqual(['alb']);
    expect(out.design.parts[0]!.parentId).toBeUndefined();
    expect(out.design.parts[0]!.position).toEqual({ x: 50, y: 340 });
    const twice = pasteClip(pasteClip(d, clip).design, clip);
    expect(twice.design.parts.filter((p) => p.kind === 'workload')).toHaveLength(3);
    expect(d.parts).toHaveLength(6);
  });
});

describe('pasting a subnet whose block is taken', () => {
  it('moves it to the next free block and zone, and renames it after the zone it now has', () => {
    const d = sample();
    const original = d.parts.find((p) => p.id === 'subnet-1') as PartOf<'subnet'>;
    const out = duplicateParts(d, ['subnet-1']);
    const copy = out.design.parts.find((p) => p.id === out.ids[0]) as PartOf<'subnet'>;
    expect(copy.props.cidr).not.toBe(original.props.cidr);
    expect(copy.props.availabilityZone).not.toBe(original.props.availabilityZone);
    expect(copy.name).toBe(`${copy.props.access}-${copy.props.availabilityZone.slice(-2)}`);
  });

  it('keeps a name the user chose', () => {
    let d = sample();
    d = updatePart(d, 'subnet-1', { name: 'frontend' });
    const out = duplicateParts(d, ['subnet-1']);
    expect(out.design.parts.find((p) => p.id === out.ids[0])!.name).toBe('frontend-copy');
  });
});

describe('pasting a subnet into a VPC eksctl creates', () => {
  it('gives the copy eksctl’s CIDR for its new zone and moves the siblings laid out as eksctl does', () => {
    let d: Design = { name: 't', description: '', parts: [], connections: [] };
    d = addPart(d, 'vpc').design;
    for (let i = 0; i < 4; i++) d = addPart(d, 'subnet', { parentId: 'vpc-1' }).design;
    const out = duplicateParts(d, ['subnet-1']);
    const cidrs = Object.fromEntries(
      out.design.parts.flatMap((p) =>
        p.kind === 'subnet' ? [[`${p.props.access} ${p.props.availabilityZone}`, p.props.cidr]] : [],
      ),
    );
    // Three zones of a /16: public at blocks 0-2, private at 3-5 (eksctl pkg/vpc/vpc.go SetSubnets).
    expect(cidrs).toEqual({
      'public us-east-1a': '10.0.0.0/19',
      'public us-east-1b': '10.0.32.0/19',
      'public us-east-1c': '10.0.64.0/19',
      'private us-east-1a': '10.0.96.0/19',
      'private us-east-1b': '10.0.128.0/19',
    });
  });
});

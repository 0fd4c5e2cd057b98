import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from './design.js';
import { DesignFileError } from './errors.js';
import { assertMigrationChain, migrateToCurrent, MIGRATIONS, type Migration } from './migrations.js';

const part = (id: string, kind: string, props: Record<string, unknown>, parentId?: string) => ({
  id,
  kind,
  name: id,
  ...(parentId ? { parentId } : {}),
  position: { x: 0, y: 0 },
  props,
});
const privateOnly = { public: false, private: true, publicAccessCidrs: [] };

/**
 * Before/after fixtures, one per migration in MIGRATIONS; the chain test below fails as soon as a migration
 * is added without bumping the version (or the reverse).
 */
const FIXTURES: { from: number; before: Record<string, unknown>; after: Record<string, unknown> }[] = [
  {
    // 1 -> 2: the cluster that version 1 inferred fully private (private-only endpoint, eksctl-built VPC, NAT
    // off) gets fullyPrivate: true; the others (NAT on, existing VPC, no VPC, public endpoint) keep the default.
    from: 1,
    before: {
      format: 'eks-sandbox-design',
      schemaVersion: 1,
      design: {
        name: 'd',
        parts: [
          part('vpc-a', 'vpc', { cidr: '10.0.0.0/16', natGateway: 'Disable' }),
          part('c-private', 'cluster', { region: 'us-east-1', version: '1.35', endpointAccess: privateOnly }, 'vpc-a'),
          part('vpc-b', 'vpc', { cidr: '10.1.0.0/16', natGateway: 'Disable', existingVpcId: 'vpc-0abc' }),
          part('c-existing', 'cluster', { region: 'us-east-1', version: '1.35', endpointAccess: privateOnly }, 'vpc-b'),
          part('vpc-c', 'vpc', { cidr: '10.2.0.0/16' }),
          part('c-nat', 'cluster', { region: 'us-east-1', version: '1.35', endpointAccess: privateOnly }, 'vpc-c'),
          part('c-novpc', 'cluster', { region: 'us-east-1', version: '1.35', endpointAccess: privateOnly }),
          part('vpc-d', 'vpc', { cidr: '10.3.0.0/16', natGateway: 'Disable' }),
          part('c-public', 'cluster', { region: 'us-east-1', version: '1.35' }, 'vpc-d'),
        ],
      },
    },
    after: {
      format: 'eks-sandbox-design',
      schemaVersion: 2,
      design: {
        name: 'd',
        parts: [
          part('vpc-a', 'vpc', { cidr: '10.0.0.0/16', natGateway: 'Disable' }),
          part(
            'c-private',
            'cluster',
            { region: 'us-east-1', version: '1.35', endpointAccess: privateOnly, fullyPrivate: true },
            'vpc-a',
          ),
          part('vpc-b', 'vpc', { cidr: '10.1.0.0/16', natGateway: 'Disable', existingVpcId: 'vpc-0abc' }),
          part('c-existing', 'cluster', { region: 'us-east-1', version: '1.35', endpointAccess: privateOnly }, 'vpc-b'),
          part('vpc-c', 'vpc', { cidr: '10.2.0.0/16' }),
          part('c-nat', 'cluster', { region: 'us-east-1', version: '1.35', endpointAccess: privateOnly }, 'vpc-c'),
          part('c-novpc', 'cluster', { region: 'us-east-1', version: '1.35', endpointAccess: privateOnly }),
          part('vpc-d', 'vpc', { cidr: '10.3.0.0/16', natGateway: 'Disable' }),
          part('c-public', 'cluster', { region: 'us-east-1', version: '1.35' }, 'vpc-d'),
        ],
      },
    },
  },
  {
    // 2 -> 3: suppressions became possible; version 2's strict schema allowed none, so nothing changes.
    from: 2,
    before: {
      format: 'eks-sandbox-design',
      schemaVersion: 2,
      design: { name: 'd', parts: [part('vpc-a', 'vpc', { cidr: '10.0.0.0/16' })], connections: [] },
    },
    after: {
      format: 'eks-sandbox-design',
      schemaVersion: 3,
      design: { name: 'd', parts: [part('vpc-a', 'vpc', { cidr: '10.0.0.0/16' })], connections: [] },
    },
  },
  {
    // 3 -> 4: workloads may carry IAM policy ARNs; version 3's strict workload schema allowed none.
    from: 3,
    before: {
      format: 'eks-sandbox-design',
      schemaVersion: 3,
      design: { name: 'd', parts: [part('w', 'workload', { usesAwsApis: true })], connections: [] },
    },
    after: {
      format: 'eks-sandbox-design',
      schemaVersion: 4,
      design: { name: 'd', parts: [part('w', 'workload', { usesAwsApis: true })], connections: [] },
    },
  },
  {
    // 4 -> 5: workloads may carry a persistent volume; version 4's strict workload schema allowed none.
    from: 4,
    before: {
      format: 'eks-sandbox-design',
      schemaVersion: 4,
      design: {
        name: 'd',
        parts: [
          part('w', 'workload', { workloadKind: 'StatefulSet', iamPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }),
        ],
        connections: [],
      },
    },
    after: {
      format: 'eks-sandbox-design',
      schemaVersion: 5,
      design: {
        name: 'd',
        parts: [
          part('w', 'workload', { workloadKind: 'StatefulSet', iamPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }),
        ],
        connections: [],
      },
    },
  },
];

describe('migrations', () => {
  it('form one unbroken chain up to the current schema version, each with a fixture', () => {
    expect(() => assertMigrationChain(MIGRATIONS, CURRENT_SCHEMA_VERSION)).not.toThrow();
    expect(FIXTURES.map((f) => f.from)).toEqual(MIGRATIONS.map((m) => m.from));
  });

  it.each(FIXTURES)('migration from version $from turns its fixture into the expected document', ({ from, before, after }) => {
    const frozen = structuredClone(before);
    // The chain up to this step (migrateToCurrent looks steps up by version); starting at `from` runs only this one.
    expect(migrateToCurrent({ ...before, schemaVersion: from }, MIGRATIONS.slice(0, from), from + 1)).toEqual(after);
    expect(before).toEqual(frozen);
  });

  // The machinery itself, on a made-up three-version history.
  const renameTitle: Migration = {
    from: 1,
    description: 'title -> name',
    up: ({ title, ...rest }) => ({ ...rest, name: title }),
  };
  const addTags: Migration = { from: 2, description: 'add tags', up: (doc) => ({ ...doc, tags: [] }) };

  it('runs migrations in order and stamps each new version', () => {
    const input = Object.freeze({ schemaVersion: 1, title: 'x' });
    expect(migrateToCurrent(input, [renameTitle, addTags], 3)).toEqual({ schemaVersion: 3, name: 'x', tags: [] });
    expect(migrateToCurrent({ schemaVersion: 2, name: 'y' }, [renameTitle, addTags], 3)).toEqual({
      schemaVersion: 3,
      name: 'y',
      tags: [],
    });
  });

  it('leaves a current document as it is', () => {
    expect(migrateToCurrent({ schemaVersion: 3, name: 'z' }, [renameTitle, addTags], 3)).toEqual({ schemaVersion: 3, name: 'z' });
  });

  it('refuses a document newer than the app with a typed error that says so', () => {
    const attempt = () => migrateToCurrent({ schemaVersion: 4 }, [renameTitle, addTags], 3);
    expect(attempt).toThrow(DesignFileError);
    expect(attempt).toThrow(/newer EKS Sandbox.*version 4.*up to 3/);
  });

  it('rejects a broken chain', () => {
    expect(() => assertMigrationChain([addTags], 2)).toThrow(/reads version 2, expected 1/);
    expect(() => assertMigrationChain([renameTitle], 3)).toThrow(/expected 2 migrations/);
  });
});

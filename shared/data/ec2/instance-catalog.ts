/**
 * The EC2 instance types this app knows (1,108 types, see README.md beside this file), read through a zod
 * schema so a bad edit of the JSON fails loudly at start-up instead of showing wrong facts. The inspector's
 * picker searches it; the rules and the cost estimate read it through shared/data/instance-types.ts.
 */
import { z } from 'zod';
import raw from './instance-types.json' with { type: 'json' };

const count = z.number().int().min(0);
const rowSchema = z.tuple([
  z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/),
  z.number().positive(),
  z.number().positive(),
  count,
  z.enum(['amd64', 'arm64']),
  z.number().min(0).nullable(),
  count.nullable(),
  count.nullable(),
  count.nullable(),
  z.boolean(),
  count,
]);
const fileSchema = z.object({ sources: z.record(z.string(), z.string()), types: z.array(rowSchema).min(1) });

export interface InstanceTypeFacts {
  type: string;
  vcpu: number;
  memoryMiB: number;
  gpus: number;
  arch: 'amd64' | 'arm64';
  /** us-east-1 Linux on-demand $/hour; null when the type has no us-east-1 price. */
  usdPerHourUsEast1: number | null;
  /** Network interfaces (EKS AMI's instance-info); null when the source does not list the type. */
  maxEnis: number | null;
  /** IPv4 addresses per network interface; null when unknown. */
  ipv4PerEni: number | null;
  /** VPC CNI max pods without prefix delegation: maxEnis x (ipv4PerEni - 1) + 2; null when unknown. */
  maxPodsVpcCni: number | null;
  /** Supports a trunk interface (security groups for pods). */
  trunking: boolean;
  /** Branch interfaces for security groups for pods. */
  branchEnis: number;
}

const parsed = fileSchema.parse(raw);

export const INSTANCE_CATALOG_SOURCES: Readonly<Record<string, string>> = parsed.sources;

export const INSTANCE_CATALOG: readonly InstanceTypeFacts[] = parsed.types.map(
  ([type, vcpu, memoryMiB, gpus, arch, usdPerHourUsEast1, maxEnis, ipv4PerEni, maxPodsVpcCni, trunking, branchEnis]) => ({
    type,
    vcpu,
    memoryMiB,
    gpus,
    arch,
    usdPerHourUsEast1,
    maxEnis,
    ipv4PerEni,
    maxPodsVpcCni,
    trunking,
    branchEnis,
  }),
);

const BY_TYPE = new Map(INSTANCE_CATALOG.map((t) => [t.type, t]));

export function instanceTypeFacts(type: string): InstanceTypeFacts | undefined {
  return BY_TYPE.get(type);
}

/**
 * Types matching what the user typed, best first: exact, then prefix ("m7g.l" -> m7g.large), then the
 * typed text anywhere (".metal"). Within a group, smaller instances come first. At most `limit` rows.
 */
export function searchInstanceTypes(
  query: string,
  limit = 60,
  catalog: readonly InstanceTypeFacts[] = INSTANCE_CATALOG,
): InstanceTypeFacts[] {
  const q = query.trim().toLowerCase();
  const rank = (t: InstanceTypeFacts): number => {
    if (q === '') return 2;
    if (t.type === q) return 0;
    if (t.type.startsWith(q)) return 1;
    if (t.type.includes(q)) return 2;
    return -1;
  };
  return catalog
    .map((t) => ({ t, r: rank(t) }))
    .filter((x) => x.r >= 0)
    .sort(
      (a, b) =>
        a.r - b.r ||
        a.t.type.split('.')[0]!.localeCompare(b.t.type.split('.')[0]!) ||
        a.t.vcpu - b.t.vcpu ||
        a.t.memoryMiB - b.t.memoryMiB ||
        a.t.type.localeCompare(b.t.type),
    )
    .slice(0, limit)
    .map((x) => x.t);
}

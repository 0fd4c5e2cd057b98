/**
 * The EC2 instance types this app knows (1,108 types, see README.md beside this file), each row checked as it
 * is read so a bad edit of the JSON fails loudly at start-up instead of showing wrong facts. The inspector's
 * picker searches it; the rules and the cost estimate read it through shared/data/instance-types.ts.
 */
import raw from './instance-types.json' with { type: 'json' };

type Row = [
  string,
  number,
  number,
  number,
  'amd64' | 'arm64',
  number | null,
  number | null,
  number | null,
  number | null,
  boolean,
  number,
];

const TYPE_NAME = /^[a-z0-9-]+\.[a-z0-9-]+$/;
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const isPositive = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0;
const orNull = (check: (v: unknown) => boolean) => (v: unknown) => v === null || check(v);
/**
 * The columns of a row and what each must hold. A plain loop rather than a zod schema: parsing 1,108 rows
 * through zod cost the command line a tenth of its start-up, and these checks are the same.
 */
const COLUMNS: readonly [string, (v: unknown) => boolean][] = [
  ['type', (v) => typeof v === 'string' && TYPE_NAME.test(v)],
  ['vcpu', isPositive],
  ['memoryMiB', isPositive],
  ['gpus', isCount],
  ['arch', (v) => v === 'amd64' || v === 'arm64'],
  ['usdPerHourUsEast1', orNull((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0)],
  ['maxEnis', orNull(isCount)],
  ['ipv4PerEni', orNull(isCount)],
  ['maxPodsVpcCni', orNull(isCount)],
  ['trunking', (v) => typeof v === 'boolean'],
  ['branchEnis', isCount],
];

/**
 * COLUMNS' checks written out as one expression over local variables, with no call per column: the command
 * line checks 1,108 rows at every start, before V8 has compiled anything, and the ~12,000 calls of the small
 * helpers above (and of Number.isInteger / Number.isFinite) cost it 3-5 ms of CPU where this takes 0.5 ms.
 * The same tests: `v % 1 === 0 && v >= 0` on a number is Number.isInteger(v) && v >= 0 (NaN and Infinity
 * fail it), `v > 0 && v < Infinity` is Number.isFinite(v) && v > 0. The per-column loop still runs, to name
 * the column, for a row this rejects; the catalog test checks both agree.
 */
export function rowLooksRight(r: readonly unknown[]): boolean {
  const type = r[0];
  const vcpu = r[1];
  const memory = r[2];
  const gpus = r[3];
  const arch = r[4];
  const price = r[5];
  const enis = r[6];
  const ipv4 = r[7];
  const pods = r[8];
  const branch = r[10];
  return (
    typeof type === 'string' &&
    TYPE_NAME.test(type) &&
    typeof vcpu === 'number' &&
    vcpu > 0 &&
    vcpu < Infinity &&
    typeof memory === 'number' &&
    memory > 0 &&
    memory < Infinity &&
    typeof gpus === 'number' &&
    gpus % 1 === 0 &&
    gpus >= 0 &&
    (arch === 'amd64' || arch === 'arm64') &&
    (price === null || (typeof price === 'number' && price >= 0 && price < Infinity)) &&
    (enis === null || (typeof enis === 'number' && enis % 1 === 0 && enis >= 0)) &&
    (ipv4 === null || (typeof ipv4 === 'number' && ipv4 % 1 === 0 && ipv4 >= 0)) &&
    (pods === null || (typeof pods === 'number' && pods % 1 === 0 && pods >= 0)) &&
    typeof r[9] === 'boolean' &&
    typeof branch === 'number' &&
    branch % 1 === 0 &&
    branch >= 0
  );
}

/** Whether every column of a row passes COLUMNS' own check (the slow, named form of rowLooksRight). */
export function rowPassesColumns(r: readonly unknown[]): boolean {
  return r.length === COLUMNS.length && COLUMNS.every(([, ok], c) => ok(r[c]));
}

/** Checks the catalog file's content. @throws Error naming the row and column that is wrong. */
export function readInstanceCatalog(value: unknown): { sources: Record<string, string>; types: Row[] } {
  const file = value as { sources?: unknown; types?: unknown };
  const sources = file?.sources;
  if (typeof sources !== 'object' || sources === null || Object.values(sources).some((v) => typeof v !== 'string')) {
    throw new Error('instance-types.json: "sources" must map names to texts');
  }
  if (!Array.isArray(file.types) || file.types.length === 0) throw new Error('instance-types.json: "types" must list rows');
  const types: unknown[] = file.types;
  for (let i = 0; i < types.length; i++) {
    const row = types[i];
    if (Array.isArray(row) && row.length === COLUMNS.length && rowLooksRight(row)) continue;
    if (!Array.isArray(row) || row.length !== COLUMNS.length) {
      throw new Error(`instance-types.json: types[${i}] must have ${COLUMNS.length} columns`);
    }
    COLUMNS.forEach(([name, ok], c) => {
      if (!ok(row[c]))
        throw new Error(`instance-types.json: types[${i}] (${String(row[0])}) ${name} is ${JSON.stringify(row[c])}`);
    });
  }
  return { sources: sources as Record<string, string>, types: file.types as Row[] };
}

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

const parsed = readInstanceCatalog(raw);

export const INSTANCE_CATALOG_SOURCES: Readonly<Record<string, string>> = parsed.sources;

const ROWS = parsed.types;

/** Row of each type name: the one pass over all 1,108 rows a look-up needs. */
const ROW_OF_TYPE = new Map<string, number>();
for (let i = 0; i < ROWS.length; i++) ROW_OF_TYPE.set(ROWS[i]![0], i);

/**
 * A row as facts. Columns by index, not by destructuring the row (an iterator per row in not-yet-optimised
 * code). Facts are made on first look-up: `eks-sandbox validate` asks for a handful of the 1,108 types, and
 * making all of them (and their views in instance-types.ts) was a tenth of the memory it allocated at start.
 */
function factsOf(r: Row): InstanceTypeFacts {
  return {
    type: r[0],
    vcpu: r[1],
    memoryMiB: r[2],
    gpus: r[3],
    arch: r[4],
    usdPerHourUsEast1: r[5],
    maxEnis: r[6],
    ipv4PerEni: r[7],
    maxPodsVpcCni: r[8],
    trunking: r[9],
    branchEnis: r[10],
  };
}

const FACTS: (InstanceTypeFacts | undefined)[] = [];

function factsAt(i: number): InstanceTypeFacts {
  return (FACTS[i] ??= factsOf(ROWS[i]!));
}

let allFacts: readonly InstanceTypeFacts[] | undefined;

/** Every type of the catalog, in the file's order (made on first call). */
export function instanceCatalog(): readonly InstanceTypeFacts[] {
  return (allFacts ??= ROWS.map((_, i) => factsAt(i)));
}

export function instanceTypeFacts(type: string): InstanceTypeFacts | undefined {
  const i = ROW_OF_TYPE.get(type);
  return i === undefined ? undefined : factsAt(i);
}

/**
 * Whether the type is an EC2 Mac instance, which EKS cannot run as a node: "All Amazon EKS AMIs don't
 * currently support the mac family" (https://docs.aws.amazon.com/eks/latest/userguide/choosing-instance-type.html);
 * Mac instances boot only macOS AMIs, on Dedicated Hosts. The catalog lists them because EC2 offers them, and
 * its facts do not mark them (their arch reads amd64 even for Apple silicon, and they have no price), so the
 * class is the family name: every Mac family starts with "mac" (mac1, mac2, mac2-m2, mac2-m2pro, mac2-m1ultra,
 * mac-m4, mac-m4pro) and no other family does. By name, so a Mac type newer than the catalog is caught too.
 */
export function isMacInstanceType(type: string): boolean {
  return type.startsWith('mac');
}

/**
 * Types matching what the user typed, best first: exact, then prefix ("m7g.l" -> m7g.large), then the
 * typed text anywhere (".metal"). Within a group, smaller instances come first. At most `limit` rows.
 * Mac types are left out: EKS cannot run them, so the picker does not offer them (as P2, which the catalog lacks).
 */
export function searchInstanceTypes(
  query: string,
  limit = 60,
  catalog: readonly InstanceTypeFacts[] = instanceCatalog(),
): InstanceTypeFacts[] {
  const q = query.trim().toLowerCase();
  const rank = (t: InstanceTypeFacts): number => {
    if (isMacInstanceType(t.type)) return -1;
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

/**
 * eksctl `ClusterConfig` YAML -> design document, laid out for reading: the VPC holding its subnets (public
 * row, private row, by AZ) and the cluster with its node groups and Fargate profiles; an on-premises network
 * of hybrid nodes outside the VPC, connected to it. A config without `vpc:` gets the VPC eksctl would build.
 *
 * The imported config is recorded on the cluster part (`eksctlOrigin`), so exporting the design gives back
 * the same config (parsed as YAML), and edits on the canvas change only what they touch.
 */
import { z } from 'zod';
import type { JsonObject } from '../eksctl/config-types.js';
import { cloneJson } from '../eksctl/json.js';
import { errorText } from '../errors/localized.js';
import { DesignFileError } from '../model/errors.js';
import { zodIssueText } from '../model/zod-issue-text.js';
import type { Design } from '../model/design.js';
import type { DesignDocument } from '../model/design.js';
import { parseDesignValue, toDocument } from '../model/document.js';
import { makePart } from '../model/make-part.js';
import type { Part, PartOf, PropsOf } from '../model/parts.js';
import { workloadPropsSchema } from '../model/kinds/workload.js';
import { checkClusterConfig } from './check-config.js';
import { EksctlImportError } from './errors.js';
import { chunk, layoutParts } from './layout.js';
import { mapClusterProps } from './map-cluster.js';
import {
  mapFargateProps,
  mapNodeGroupProps,
  mapOnPremProps,
  mapSubnets,
  eksctlBuiltSubnets,
  placeOnEksctlSubnets,
  mapVpcProps,
  resolveSubnets,
  type SubnetEntry,
} from './map-parts.js';
import { workloadRoles } from './map-workload-iam.js';
import { parseEksctlYamlText } from './parse-yaml.js';
import { ANNOTATION_PATH, attachSuppressions, takeSuppressionAnnotation, type ImportWarning } from './suppression-annotation.js';
import { list, obj, str, strings, type Obj } from './values.js';

/**
 * The exporter's ClusterConfig for a design (shared/export's buildClusterConfig). Passed in rather than
 * imported, so import does not depend on export; shared/round-trip wires the two together.
 */
export type BaselineExporter = (design: Design) => unknown;

export interface ImportResult {
  /** The design document, ready to open or save (.eksdesign). */
  document: DesignDocument;
  /** The ClusterConfig as read from the file (plain data). */
  config: JsonObject;
  /**
   * What the import could not take over, the rest of the file being imported: YAML documents after the first
   * (which eksctl ignores too), and the design's suppressions in `metadata.annotations` that are malformed or
   * name a part the file does not have.
   */
  warnings: ImportWarning[];
}

/** Node groups and profiles per row inside the cluster box. */
const PER_ROW = 3;
const NAME_MAX = 200;

function part<K extends Part['kind']>(kind: K, id: string, name: string, props: PropsOf<K>, parentId?: string): PartOf<K> {
  return makePart({ id, kind, name: name.slice(0, NAME_MAX), parentId, props });
}

/**
 * A subnet's name on the canvas. eksctl keys subnets by AZ or by an alias; an alias is the user's name for
 * it (and the exporter writes it back as the key), but an AZ key says nothing the card does not show, so
 * such a subnet is named by its existing subnet id, or by its access and AZ (`private-eu-north-1a`).
 * The exporter keys a subnet that is alone in its AZ (for its access) by the AZ again, so that name does not
 * change the YAML; one that shares its AZ is keyed by its name, so it keeps the key as its name.
 */
function subnetName(entry: SubnetEntry, all: readonly { entry: SubnetEntry }[]): string {
  if (entry.key !== entry.props.availabilityZone) return entry.key;
  const sameAz = all.filter(
    (s) => s.entry.access === entry.access && s.entry.props.availabilityZone === entry.props.availabilityZone,
  );
  if (sameAz.length > 1) return entry.key;
  return entry.props.existingSubnetId ?? `${entry.access}-${entry.key}`;
}

/**
 * Whether the config describes a VPC of its own (an existing one, a CIDR, subnets, NAT or zones) or needs
 * one to connect hybrid nodes to; otherwise it uses eksctl's default VPC.
 */
function needsVpcPart(config: Obj, hybrid: boolean): boolean {
  const vpc = obj(config['vpc']);
  return hybrid || ['id', 'cidr', 'subnets', 'nat'].some((k) => k in vpc) || strings(config['availabilityZones']).length > 0;
}

/** Builds the design for a schema-valid ClusterConfig (without the origin record). */
function buildDesign(config: Obj): Design {
  const meta = obj(config['metadata']);
  const clusterName = str(meta['name']) ?? 'cluster';
  const parts: Part[] = [];
  const onPremProps = mapOnPremProps(config);
  const vpcProps = mapVpcProps(config);
  const clusterProps = mapClusterProps(config);
  // A cluster without a VPC part is the canvas's way of saying "eksctl's default VPC"; the VPC's
  // unmodelled fields (controlPlaneSubnetIDs, ...) then travel with the cluster.
  const hasVpc = needsVpcPart(config, onPremProps !== undefined);
  // A VPC eksctl builds in zones the config names: its subnets are drawn as eksctl will create them, and
  // the drawn subnets say the zones from then on (the exporter writes availabilityZones from them).
  const listed = mapSubnets(config);
  const eksctlBuilt = listed.length === 0 && hasVpc ? eksctlBuiltSubnets(config) : [];
  if (eksctlBuilt.length > 0) delete vpcProps.availabilityZones;
  const vpc = hasVpc ? part('vpc', 'vpc', `${clusterName}-vpc`, vpcProps) : undefined;
  if (vpc) parts.push(vpc);
  else if (vpcProps.extra) clusterProps.extra = { ...clusterProps.extra, vpc: vpcProps.extra };
  const subnets = (listed.length > 0 ? listed : eksctlBuilt).map((entry, i) => ({
    id: `subnet-${i + 1}`,
    entry,
  }));
  for (const { id, entry } of subnets) parts.push(part('subnet', id, subnetName(entry, subnets), entry.props, vpc?.id));
  const { roles, dropFrom } = workloadRoles(config, clusterName);
  if (clusterProps.extra) {
    dropFrom(clusterProps.extra);
    if (Object.keys(clusterProps.extra).length === 0) delete clusterProps.extra;
  }
  const cluster = part('cluster', 'cluster', clusterName, clusterProps, vpc?.id);
  parts.push(cluster);

  const compute: string[] = [];
  for (const [key, kind] of [
    ['managedNodeGroups', 'managed-node-group'],
    ['nodeGroups', 'self-managed-node-group'],
  ] as const) {
    list(config[key]).forEach((raw, i) => {
      const ng = obj(raw);
      const names = strings(ng['subnets']);
      const placed = eksctlBuilt.length > 0 && names.length === 0 ? placeOnEksctlSubnets(ng, subnets) : undefined;
      const ids =
        placed?.ids ?? (names.length > 0 ? resolveSubnets(names, subnets, ng['privateNetworking'] === true) : undefined);
      const id = `${kind === 'managed-node-group' ? 'mng' : 'ng'}-${i + 1}`;
      const props = mapNodeGroupProps(ng, kind === 'managed-node-group', ids, placed?.zonesModelled);
      parts.push(part(kind, id, str(ng['name']) ?? id, props, cluster.id));
      compute.push(id);
    });
  }
  list(config['fargateProfiles']).forEach((raw, i) => {
    const fp = obj(raw);
    const names = strings(fp['subnets']);
    const ids = names.length > 0 ? resolveSubnets(names, subnets, true) : undefined;
    const id = `fp-${i + 1}`;
    parts.push(part('fargate-profile', id, str(fp['name']) ?? id, mapFargateProps(fp, ids), cluster.id));
    compute.push(id);
  });
  // Workloads whose IAM role cluster.yaml creates: the file says only their account and policies; the rest of
  // a workload (image, replicas, where it runs) takes the defaults of an empty one, placed in the cluster.
  roles.forEach((role, i) => {
    const id = `workload-${i + 1}`;
    parts.push(
      part(
        'workload',
        id,
        role.name,
        workloadPropsSchema.parse({ namespace: role.namespace, usesAwsApis: true, iamPolicyArns: role.policyArns }),
        cluster.id,
      ),
    );
    compute.push(id);
  });

  const connections: Design['connections'] = [];
  const canvasRow: string[] = [];
  if (onPremProps && vpc) {
    parts.push(part('on-prem-network', 'on-prem', `${clusterName}-on-prem`, onPremProps));
    connections.push({ id: 'conn-on-prem-vpc', from: 'on-prem', to: vpc.id, label: '' });
    canvasRow.push('on-prem');
  }
  canvasRow.push(vpc?.id ?? cluster.id);

  const byAz = (access: 'public' | 'private') =>
    subnets
      .filter((s) => s.entry.access === access)
      .sort((a, b) => a.entry.props.availabilityZone.localeCompare(b.entry.props.availabilityZone))
      .map((s) => s.id);
  layoutParts(
    parts,
    (container) => {
      if (container === undefined) return [canvasRow];
      if (container === vpc?.id) return [byAz('public'), byAz('private'), [cluster.id]];
      if (container === cluster.id) return chunk(compute, PER_ROW);
      return [];
    },
    new Set([...(vpc ? [vpc.id] : []), cluster.id]),
  );
  return {
    name: clusterName.slice(0, NAME_MAX) || 'cluster',
    description: `Imported from the eksctl ClusterConfig of cluster "${clusterName}" (${str(meta['region']) ?? ''}).`,
    parts,
    connections,
  };
}

/**
 * Imports an eksctl ClusterConfig from its YAML (or JSON) text.
 *
 * @returns the design document (with the imported config recorded for an exact round trip) and the config.
 * @throws EksctlImportError for anything eksctl would not load (with the line and path of the problem), or
 *   that is no ClusterConfig, or is hostile (huge, binary, alias bombs, absurd nesting, `__proto__` keys).
 */
export function readEksctlYaml(text: string, exportBaseline: BaselineExporter): ImportResult {
  const parsed = parseEksctlYamlText(text);
  const config = checkClusterConfig(parsed) as unknown as JsonObject;
  const result = readConfig(config, exportBaseline, parsed.lineOf(ANNOTATION_PATH));
  const line = parsed.laterDocumentLine;
  if (line === undefined) return result;
  const where = errorText('where.line', { line });
  const ignored: ImportWarning = { line, path: '', text: errorText('import-reason.later-documents-ignored', { where }) };
  return { ...result, warnings: [ignored, ...result.warnings] };
}

/** Like readEksctlYaml, for a ClusterConfig value that already passed `checkClusterConfig`. */
export function readEksctlConfig(config: JsonObject, exportBaseline: BaselineExporter): ImportResult {
  return readConfig(config, exportBaseline, undefined);
}

/** `annotationLine`: the line of the suppressions annotation in the YAML, for warnings about it. */
function readConfig(config: JsonObject, exportBaseline: BaselineExporter, annotationLine: number | undefined): ImportResult {
  const source = cloneJson(config) as JsonObject;
  // The design's suppressions go onto its parts, not into the cluster's unmodelled fields (nor the record
  // of the file): the exporter writes them from the parts, so an edit of one shows and none is written twice.
  const annotation = takeSuppressionAnnotation(source);
  let document: DesignDocument;
  let warnings: ImportWarning[] = [];
  try {
    document = toDocument(buildDesign(source));
    // The baseline is the export of the design without suppressions, like the file without the annotation.
    const baseline = cloneJson(exportBaseline(document.design)) as JsonObject;
    const cluster = document.design.parts.find((p): p is PartOf<'cluster'> => p.kind === 'cluster')!;
    cluster.props.eksctlOrigin = { source, baseline };
    if (annotation !== undefined) {
      const attached = attachSuppressions(document.design, annotation, annotationLine);
      document = { ...document, design: attached.design };
      warnings = attached.warnings;
    }
    // The document must load back exactly like a saved file would.
    document = parseDesignValue(JSON.parse(JSON.stringify(document)));
  } catch (err) {
    // Values eksctl's schema allows but the canvas cannot hold (e.g. a node count beyond 2^53).
    if (err instanceof DesignFileError)
      throw new EksctlImportError(errorText('import-reason.not-a-design', { reason: err.text }));
    if (err instanceof z.ZodError) {
      const issue = err.issues[0]!;
      const reason = errorText('import-reason.not-a-design', { reason: zodIssueText(issue, undefined) });
      throw new EksctlImportError(reason, { path: issue.path.join('.') });
    }
    throw err;
  }
  return { document, config: cloneJson(config) as JsonObject, warnings };
}

/**
 * The line a finding points at in the file it came from, for SARIF (code-scanning tools show it beside the
 * line). A design file (.eksdesign, JSON): the `"id"` line of the finding's first part. An eksctl
 * `cluster.yaml`: the field the finding names (`configPath`, e.g. `managedNodeGroups[0].volumeIOPS`), else the
 * entry of its first part (the node group's `- name:`, the subnet's key), else the closest enclosing field.
 */
import { findJsonPathOffset } from '../model/json-locate.js';
import type { Design } from '../model/design.js';
import type { Part } from '../model/parts.js';
import type { Diagnostic } from '../rules/types.js';
import { lineColumnAt, locateInText, type PathSegment } from '../util/locate.js';

/** 1-based line and column, as SARIF's `region` counts them. */
export interface TextPosition {
  line: number;
  column: number;
}

export type FindingLocator = (diagnostic: Pick<Diagnostic, 'partIds' | 'configPath'>) => TextPosition | undefined;

/** `managedNodeGroups[0].labels["a.b/c"]` -> ['managedNodeGroups', 0, 'labels', 'a.b/c'] (formatPath's inverse). */
export function parseConfigPath(text: string): PathSegment[] {
  const out: PathSegment[] = [];
  const token = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/gy;
  for (let m = token.exec(text); m !== null && m[0] !== ''; m = token.exec(text)) {
    if (m[1] !== undefined) out.push(Number(m[1]));
    else if (m[2] !== undefined) out.push(JSON.parse(m[2]) as string);
    else out.push(m[3]!);
  }
  return out;
}

/** Positions in a design file: each part's `"id"` line, found once per part by scanning the JSON text. */
export function designFileLocator(text: string): FindingLocator {
  let ids: string[] | undefined;
  const indexOf = (partId: string): number => {
    if (ids === undefined) {
      try {
        const raw = JSON.parse(text) as { design?: { parts?: { id?: unknown }[] } };
        ids = (raw.design?.parts ?? []).map((p) => String(p?.id));
      } catch {
        ids = [];
      }
    }
    return ids.indexOf(partId);
  };
  return (d) => {
    const index = d.partIds[0] === undefined ? -1 : indexOf(d.partIds[0]);
    const path: PathSegment[] = index >= 0 ? ['design', 'parts', index, 'id'] : ['design'];
    const offset = findJsonPathOffset(text, path);
    return offset === undefined ? undefined : lineColumnAt(text, offset);
  };
}

function entryIndex(list: unknown, name: string): number {
  return Array.isArray(list) ? list.findIndex((e) => (e as { name?: unknown } | null)?.name === name) : -1;
}

/** Where a part imported from a ClusterConfig came from in it; undefined for parts eksctl has no field for. */
function configPathOfPart(part: Part, config: Record<string, unknown>): PathSegment[] | undefined {
  switch (part.kind) {
    case 'cluster':
      return ['metadata', 'name'];
    case 'vpc':
      return ['vpc'];
    case 'managed-node-group':
    case 'self-managed-node-group': {
      const key = part.kind === 'managed-node-group' ? 'managedNodeGroups' : 'nodeGroups';
      const index = entryIndex(config[key], part.name);
      return index >= 0 ? [key, index] : [key];
    }
    case 'fargate-profile': {
      const index = entryIndex(config.fargateProfiles, part.name);
      return index >= 0 ? ['fargateProfiles', index] : ['fargateProfiles'];
    }
    case 'subnet': {
      const subnets = (config.vpc as { subnets?: Record<string, Record<string, unknown>> } | undefined)?.subnets ?? {};
      for (const access of ['private', 'public'] as const) {
        if (subnets[access] && Object.hasOwn(subnets[access], part.name)) return ['vpc', 'subnets', access, part.name];
      }
      return ['vpc', 'subnets'];
    }
    case 'on-prem-network':
      return ['remoteNetworkConfig'];
    default:
      return undefined;
  }
}

/** Positions in an eksctl cluster.yaml imported as `design` (`config` is the file's parsed ClusterConfig). */
export function eksctlYamlLocator(text: string, design: Design, config: Record<string, unknown>): FindingLocator {
  const parts = new Map(design.parts.map((p) => [p.id, p]));
  return (d) => {
    if (d.configPath !== undefined) return locateInText(text, parseConfigPath(d.configPath));
    const part = d.partIds[0] === undefined ? undefined : parts.get(d.partIds[0]);
    const path = part ? configPathOfPart(part, config) : undefined;
    return path ? locateInText(text, path) : undefined;
  };
}

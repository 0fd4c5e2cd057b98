import { instanceTypes, isKnownInstanceType, isMacInstanceType, suggestInstanceTypes } from '../../../data/instance-types.js';
import type { PathSegment } from '../../../util/locate.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';

/**
 * The instance type fields of one node group entry of the ClusterConfig, with their paths: `instanceType`,
 * `instanceTypes[j]` and `instancesDistribution.instanceTypes[j]`. The one walk of these fields for every rule that
 * reads instance types; indexed, as it runs for every node group of every cluster on each validation.
 */
export function instanceTypeFields(
  list: 'managedNodeGroups' | 'nodeGroups',
  i: number,
  ng: Record<string, unknown>,
): { path: PathSegment[]; type: string }[] {
  const out: { path: PathSegment[]; type: string }[] = [];
  // Self-managed groups with instancesDistribution may say `instanceType: mixed`.
  if (typeof ng.instanceType === 'string' && !(list === 'nodeGroups' && ng.instanceType === 'mixed')) {
    out.push({ path: [list, i, 'instanceType'], type: ng.instanceType });
  }
  // Base paths only for lists that are there: four rules ask for every node group of every cluster.
  if (Array.isArray(ng.instanceTypes)) addListed(out, ng.instanceTypes, [list, i, 'instanceTypes']);
  const dist = ng.instancesDistribution;
  if (dist && typeof dist === 'object' && Array.isArray((dist as Record<string, unknown>).instanceTypes))
    addListed(out, (dist as Record<string, unknown>).instanceTypes, [list, i, 'instancesDistribution', 'instanceTypes']);
  return out;
}

function addListed(out: { path: PathSegment[]; type: string }[], types: unknown, base: PathSegment[]): void {
  if (!Array.isArray(types)) return;
  for (let j = 0; j < types.length; j++) {
    const t: unknown = types[j];
    if (typeof t === 'string') out.push({ path: [...base, j], type: t });
  }
}

/** Every node group entry of a ClusterConfig (managed and self-managed), as loose records. */
export function nodeGroupEntries(
  config: unknown,
): { list: 'managedNodeGroups' | 'nodeGroups'; i: number; ng: Record<string, unknown> }[] {
  const out: { list: 'managedNodeGroups' | 'nodeGroups'; i: number; ng: Record<string, unknown> }[] = [];
  for (const list of ['managedNodeGroups', 'nodeGroups'] as const) {
    const entries = (config as Record<string, unknown>)[list];
    if (!Array.isArray(entries)) continue;
    for (let i = 0; i < entries.length; i++) {
      const ng: unknown = entries[i];
      // `in`: holes skipped, as forEach did.
      if (i in entries && ng && typeof ng === 'object') out.push({ list, i, ng: ng as Record<string, unknown> });
    }
  }
  return out;
}

/** The families (`m6i`) and sizes (`xlarge`, `metal-24xl`) of the catalog's types; collected on the first unknown type. */
let catalogNames: { families: Set<string>; sizes: Set<string> } | undefined;
function catalogFamiliesAndSizes(): { families: Set<string>; sizes: Set<string> } {
  if (catalogNames) return catalogNames;
  const families = new Set<string>();
  const sizes = new Set<string>();
  for (const { type } of instanceTypes()) {
    const dot = type.indexOf('.');
    families.add(type.slice(0, dot));
    sizes.add(type.slice(dot + 1));
  }
  return (catalogNames = { families, sizes });
}

/**
 * Whether the catalog proves a type is not an EC2 type. The catalog holds the types offered in us-east-1 when
 * it was built, so a real type of a family it has never heard of (trn2, hpc7a, p5e: newer, or offered only in
 * other Regions or as Capacity Blocks) is absent without being wrong. It proves a mistake when the name is not
 * `family.size`, when the family is known but never comes in that size (m6i.xlarg), or when no type of any
 * family comes in that size (trn2.48xlarg).
 */
export function isProvablyUnknownInstanceType(type: string): boolean {
  if (isKnownInstanceType(type)) return false;
  const m = /^([a-z][a-z0-9-]*)\.([a-z0-9-]+)$/.exec(type);
  if (!m) return true;
  const { families, sizes } = catalogFamiliesAndSizes();
  return families.has(m[1]!) || !sizes.has(m[2]!);
}

/**
 * An instance type that is not a real EC2 type (a typo such as m6i.xlarg) makes the node group's launch
 * fail in CloudFormation after the control plane was created. Checked against the 1,108-type catalog.
 */
export const instanceTypeUnknown = defineConfigRule({
  id: 'ng.instance-type-unknown',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} asks for instance type "{{instanceType}}" ({{path}}), which is not an EC2 instance type in this app\'s instance data (dated 2026-08); the nodes would never launch. Did you mean {{suggestions}}?',
      fix: 'Correct the instance type of {{nodeGroup}} (for example {{suggestions}}); pick it from the instance type list.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} のインスタンスタイプ「{{instanceType}}」（{{path}}）は、このアプリのインスタンスデータ（2026-08 時点）にない EC2 インスタンスタイプです。ノードは起動しません。{{suggestions}} の誤りではありませんか？',
      fix: '{{nodeGroup}} のインスタンスタイプを修正してください（例: {{suggestions}}）。インスタンスタイプの一覧から選んでください。',
    },
  },
  needs: ['managedNodeGroups', 'nodeGroups'],
  checkConfig({ config }) {
    const findings: ConfigFinding[] = [];
    // Indexed loops: this runs for every cluster on every validation, mostly below TurboFan.
    const entries = nodeGroupEntries(config);
    for (let e = 0; e < entries.length; e++) {
      const { list, i, ng } = entries[e]!;
      const fields = instanceTypeFields(list, i, ng);
      for (let f = 0; f < fields.length; f++) {
        const { path, type } = fields[f]!;
        // P2 and Mac types have their own findings (ng.p2-unsupported, ng.mac-unsupported).
        if (!isProvablyUnknownInstanceType(type) || type.startsWith('p2.') || isMacInstanceType(type)) continue;
        const suggestions = suggestInstanceTypes(type);
        findings.push({
          path,
          params: {
            nodeGroup: typeof ng.name === 'string' ? ng.name : `${list}[${i}]`,
            instanceType: type,
            suggestions: suggestions.length > 0 ? suggestions.join(', ') : 'm7i.large, m7g.large',
          },
        });
      }
    }
    return findings;
  },
});

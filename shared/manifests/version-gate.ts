/** Warnings for what the cluster's Kubernetes version cannot take: a gated field left out, an API not served. */
import type { PartOf } from '../model/parts.js';
import type { GenContext } from './context.js';
import { warn } from './context.js';
import { GATED_FIELDS, SERVED_APIS, servesApi, type GatedFieldName } from './kubernetes-apis.js';
import type { KubeObject } from './types.js';

/** Says that `field` is left out of `workload`'s objects because the cluster's version is older than it. */
export function fieldOmitted(ctx: GenContext, workload: PartOf<'workload'>, field: GatedFieldName): void {
  const gated = GATED_FIELDS[field];
  warn(ctx, [workload.id], 'warnFieldOmitted', {
    workload: workload.name,
    version: ctx.cluster.props.version,
    field: gated.where,
    since: gated.since,
  });
}

/** One warning per apiVersion/kind the cluster's version does not serve (an old version the rules flag too). */
export function warnUnservedApis(ctx: GenContext, objects: readonly KubeObject[]): void {
  const seen = new Set<string>();
  for (const o of objects) {
    const key = `${o.apiVersion} ${o.kind}`;
    if (seen.has(key) || servesApi(ctx.cluster.props.version, o.apiVersion, o.kind)) continue;
    const api = SERVED_APIS.find((a) => a.apiVersion === o.apiVersion && a.kind === o.kind);
    // CRD kinds (Karpenter) are not in the table: their chart version decides, not the API server.
    if (!api) continue;
    seen.add(key);
    warn(ctx, [ctx.cluster.id], 'warnApiNotServed', { version: ctx.cluster.props.version, api: key, since: api.since });
  }
}

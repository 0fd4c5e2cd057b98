/**
 * Lines for the managed services around the cluster: ECR storage, Cloud Map namespaces and instances,
 * API Gateway requests.
 */
import { costLine, type CostContext } from './line.js';
import { costText } from './localize.js';
import type { CostLine } from './types.js';

/** Assumed stored image data per repository. */
export function ecrLines(ctx: CostContext): CostLine[] {
  return ctx.index.ofKind('ecr').map((repo) => {
    const gb = repo.props.assumedStorageGb;
    return costLine(
      repo.id,
      costText('item.ecr-storage', { name: repo.props.repositoryName || repo.name || repo.id }),
      gb,
      ctx.prices.services.ecrStorageGbMonth,
      { estimate: true, notes: [costText('note.ecr-storage', { gb })] },
    );
  });
}

/**
 * Per namespace: the Route 53 hosted zone of a DNS namespace, and the registered instances (pods of the
 * workloads connected to it x cloudMapInstancesPerPod).
 */
export function cloudMapLines(ctx: CostContext): CostLine[] {
  const { services } = ctx.prices;
  const perPod = ctx.assumptions.cloudMapInstancesPerPod;
  return ctx.index.ofKind('cloud-map').flatMap((ns) => {
    const name = ns.props.namespaceName || ns.name || ns.id;
    const lines: CostLine[] = [];
    if (ns.props.namespaceType !== 'HTTP') {
      lines.push(
        costLine(ns.id, costText('item.cloud-map-zone', { name }), 1, services.route53HostedZoneMonth, {
          notes: [costText('note.cloud-map-zone', { type: ns.props.namespaceType })],
        }),
      );
    }
    const workloads = ctx.index.sourcesOf(ns, 'workload');
    const pods = workloads.reduce((sum, w) => sum + w.props.replicas, 0);
    lines.push(
      costLine(ns.id, costText('item.cloud-map-instances', { name }), pods * perPod, services.cloudMapInstanceMonth, {
        estimate: true,
        notes: [costText('note.cloud-map-instances', { pods, workloads: workloads.length, perPod })],
      }),
    );
    return lines;
  });
}

/** Assumed requests per API, at the HTTP API or REST API rate. */
export function apiGatewayLines(ctx: CostContext): CostLine[] {
  const { services } = ctx.prices;
  return ctx.index.ofKind('api-gateway').map((api) => {
    const millions = api.props.assumedRequestsMillions;
    const http = api.props.apiType === 'HTTP';
    return costLine(
      api.id,
      costText('item.api-gateway', { api: http ? 'HTTP API' : 'REST API', name: api.name || api.id }),
      millions,
      http ? services.apiGatewayHttpMillion : services.apiGatewayRestMillion,
      { estimate: true, notes: [costText('note.api-gateway', { millions })] },
    );
  });
}

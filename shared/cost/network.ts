/**
 * Lines for networking: load balancer hours and capacity units, NAT gateways (hours and processed GB),
 * and data transfer out to the internet.
 */
import { eksctlNatMode, isFullyPrivateCluster, isInterfaceEndpoint } from '../model/cluster-network.js';
import { additionalEndpointServicesFor, endpointNeeds, endpointsEksctlCreates } from '../model/private-endpoints.js';
import type { PartOf } from '../model/parts.js';
import { costLine, type CostContext } from './line.js';
import { costText, type CostParam, type CostText } from './localize.js';
import type { CostLine } from './types.js';

/** Hours plus assumed capacity units (LCU for ALB, NLCU for NLB) per load balancer. */
export function loadBalancerLines(ctx: CostContext): CostLine[] {
  const { services } = ctx.prices;
  const hours = ctx.assumptions.hoursPerMonth;
  return ctx.index.loadBalancers().flatMap((lb) => {
    const alb = lb.kind === 'alb';
    const label = alb ? 'ALB' : 'NLB';
    const name = lb.name || lb.id;
    const units = lb.props.assumedCapacityUnits;
    return [
      costLine(lb.id, costText('item.lb-hours', { lb: label, name }), hours, alb ? services.albHour : services.nlbHour),
      costLine(
        lb.id,
        costText('item.lb-units', { lb: label, unit: alb ? 'LCU' : 'NLCU', name }),
        units * hours,
        alb ? services.albLcuHour : services.nlbNlcuHour,
        { estimate: true, notes: [costText('note.lb-units', { units })] },
      ),
    ];
  });
}

/** The NAT gateways eksctl creates for a VPC, with the reason for the count. */
function natGatewayCount(ctx: CostContext, vpc: PartOf<'vpc'>): { count: number; why: CostText } {
  if (ctx.index.isExistingVpc(vpc)) return { count: 0, why: costText('note.nat-existing-vpc') };
  const clusters = ctx.index.descendants(vpc).filter((p): p is PartOf<'cluster'> => p.kind === 'cluster');
  if (clusters.length === 0) return { count: 0, why: costText('note.nat-no-cluster') };
  if (clusters.every((c) => isFullyPrivateCluster(c))) return { count: 0, why: costText('note.nat-fully-private') };
  // A VPC eksctl builds for IPv6 clusters gets its one NAT gateway whatever the VPC part says.
  const mode = clusters.every((c) => c.props.ipFamily === 'IPv6') ? eksctlNatMode(clusters[0]!, vpc) : vpc.props.natGateway;
  if (mode === 'Disable') return { count: 0, why: costText('note.nat-disabled') };
  if (mode === null) return { count: 0, why: costText('note.nat-unknown') };
  if (mode === 'Single') return { count: 1, why: costText('note.nat-single') };
  const azs = new Set(ctx.index.subnetsOfVpc(vpc, clusters[0]!.props.region).map((s) => s.availabilityZone));
  return { count: azs.size, why: costText('note.nat-per-az', { count: azs.size }) };
}

/** NAT gateway hours and assumed processed GB, per VPC; a cluster with no VPC part gets eksctl's single one. */
export function natLines(ctx: CostContext): CostLine[] {
  const { services } = ctx.prices;
  const { hoursPerMonth, natProcessedGbPerMonth } = ctx.assumptions;
  const owners: { partId: string; name: CostParam; count: number; why: CostText }[] = [];
  for (const vpc of ctx.index.ofKind('vpc'))
    owners.push({ partId: vpc.id, name: vpc.name || vpc.id, ...natGatewayCount(ctx, vpc) });
  for (const cluster of ctx.index.ofKind('cluster')) {
    if (ctx.index.vpcOf(cluster)) continue;
    const open = !isFullyPrivateCluster(cluster);
    owners.push({
      partId: cluster.id,
      name: costText('name.default-vpc', { cluster: cluster.name || cluster.id }),
      count: open ? 1 : 0,
      why: costText(open ? 'note.nat-default-vpc' : 'note.nat-fully-private'),
    });
  }
  return owners
    .filter((o) => o.count > 0)
    .flatMap((o) => [
      costLine(o.partId, costText('item.nat-hours', { name: o.name }), o.count * hoursPerMonth, services.natGatewayHour, {
        notes: [o.why],
      }),
      costLine(o.partId, costText('item.nat-data', { name: o.name }), natProcessedGbPerMonth, services.natGatewayGb, {
        estimate: true,
        notes: [costText('note.nat-data', { gb: natProcessedGbPerMonth })],
      }),
    ]);
}

/**
 * Interface VPC endpoint hours of each fully-private cluster: the endpoints eksctl creates for it plus the
 * ones its VPC lists, each in every AZ of the cluster's private subnets (where eksctl places them). The s3
 * gateway endpoint is free; data processed through the endpoints is not counted.
 */
export function vpcEndpointLines(ctx: CostContext): CostLine[] {
  const hours = ctx.assumptions.hoursPerMonth;
  return ctx.index.ofKind('cluster').flatMap((cluster) => {
    if (!isFullyPrivateCluster(cluster)) return [];
    const vpc = ctx.index.vpcOf(cluster);
    const section = cluster.props.extra?.['privateCluster'];
    const skip =
      typeof section === 'object' && section !== null && (section as Record<string, unknown>)['skipEndpointCreation'] === true;
    const created = endpointsEksctlCreates({
      additional: skip ? [] : additionalEndpointServicesFor(endpointNeeds(ctx.index, cluster)),
      skipEndpointCreation: skip,
      controlPlaneLogging: cluster.props.logging.length > 0,
    });
    const listed = (vpc?.props.vpcEndpoints ?? []).map((e) =>
      e
        .trim()
        .toLowerCase()
        .replace(/^com\.amazonaws\.[a-z0-9-]+\./, ''),
    );
    const services = [...new Set([...created, ...listed])].filter((s) => s !== '' && isInterfaceEndpoint(s));
    const azs = new Set(
      ctx.index
        .clusterSubnets(cluster)
        .filter((s) => s.access === 'private')
        .map((s) => s.availabilityZone),
    ).size;
    if (services.length === 0 || azs === 0) return [];
    return [
      costLine(
        cluster.id,
        costText('item.interface-endpoints', { name: cluster.name || cluster.id }),
        services.length * azs * hours,
        ctx.prices.services.interfaceEndpointAzHour,
        { notes: [costText('note.interface-endpoints', { count: services.length, services, azs })] },
      ),
    ];
  });
}

/** Assumed data transfer out to the internet, per cluster; a fully-private cluster has no way out. */
export function dataTransferLines(ctx: CostContext): CostLine[] {
  const gb = ctx.assumptions.dataTransferOutGbPerMonth;
  return ctx.index
    .ofKind('cluster')
    .filter((cluster) => !isFullyPrivateCluster(cluster))
    .map((cluster) =>
      costLine(
        cluster.id,
        costText('item.data-transfer-out', { name: cluster.name || cluster.id }),
        gb,
        ctx.prices.services.dataTransferOutGb,
        { estimate: true, notes: [costText('note.data-transfer-out', { gb })] },
      ),
    );
}

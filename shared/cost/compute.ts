/**
 * Lines for compute: EKS control planes, node groups at their desired size, Fargate pods, hybrid nodes.
 */
import { allocatable, instanceTypeInfo, nodesNeeded, type PodGroup } from '../data/instance-types.js';
import { isNewerThanCalendar, supportPhase } from '../data/kubernetes-versions.js';
import type { NodeGroupPart, PartOf } from '../model/parts.js';
import { fargatePodSize } from './fargate-size.js';
import { capacityText, costLine, instanceHoursLine, unpricedLine, type CostContext } from './line.js';
import { costText, type CostText } from './localize.js';
import type { CostLine } from './types.js';

/** One control-plane line per cluster, at the extended rate only when the version is in extended support. */
export function controlPlaneLines(ctx: CostContext): CostLine[] {
  const { services } = ctx.prices;
  const hours = ctx.assumptions.hoursPerMonth;
  return ctx.index.ofKind('cluster').map((cluster) => {
    const { version, supportType } = cluster.props;
    const phase = supportPhase(ctx.calendar, version, ctx.today);
    const name = cluster.name || cluster.id;
    const elsewhere =
      cluster.props.region === ctx.prices.region
        ? []
        : [costText('note.other-region', { region: cluster.props.region, priced: ctx.prices.region })];
    // A version past standard support is in extended support whatever the support type says: AWS allows
    // STANDARD only for a version in standard support (the rule cluster.standard-support-ended).
    if (phase === 'extended') {
      const standardRefused = supportType === 'STANDARD' ? [costText('note.standard-refused')] : [];
      const item = costText('item.control-plane-extended', { name });
      return costLine(cluster.id, item, hours, services.controlPlaneExtendedHour, {
        notes: [costText('note.extended-support', { version, today: ctx.today }), ...standardRefused, ...elsewhere],
      });
    }
    const why: Record<string, CostText | undefined> = {
      unsupported: costText('note.unsupported', { version }),
      unknown: isNewerThanCalendar(ctx.calendar, version)
        ? costText('note.newer-than-calendar', { version, asOf: ctx.calendar.asOf })
        : costText('note.not-in-calendar', { version }),
    };
    const notes = [why[phase], ...elsewhere].filter((n): n is CostText => n !== undefined);
    const item = costText('item.control-plane-standard', { name });
    return costLine(cluster.id, item, hours, services.controlPlaneStandardHour, { notes });
  });
}

/**
 * One line per node group: desired size x hours at the first listed instance type's price; plus, for a group
 * Cluster Autoscaler scales out for its Jobs/CronJobs (a batch group at desired size 0), the nodes those
 * jobs need x jobHoursPerMonth.
 */
export function nodeGroupLines(ctx: CostContext): CostLine[] {
  return ctx.index.nodeGroups().flatMap((ng) => {
    const job = jobCapacityLine(ctx, ng);
    return job ? [nodeGroupLine(ctx, ng), job] : [nodeGroupLine(ctx, ng)];
  });
}

const isJob = (kind: string) => kind === 'Job' || kind === 'CronJob';

/**
 * Nodes Cluster Autoscaler adds to a group while its Jobs/CronJobs run: the nodes all its pods need (first
 * listed type, allocatable after kube-reserved, pods packed whole) less those it has for its other pods,
 * within the group's maximum size. Undefined when nothing is added or the type is unknown.
 */
function jobCapacityLine(ctx: CostContext, ng: NodeGroupPart): CostLine | undefined {
  const cluster = ctx.index.parent(ng);
  if (cluster?.kind !== 'cluster' || cluster.props.addons.nodeAutoscaler !== 'cluster-autoscaler') return undefined;
  const workloads = ctx.index.children(ng).filter((p): p is PartOf<'workload'> => p.kind === 'workload');
  const jobs = workloads.filter((w) => isJob(w.props.workloadKind));
  if (jobs.length === 0) return undefined;
  const { instanceTypes, capacityType, desiredCapacity, maxSize } = ng.props;
  const type = instanceTypes[0] ?? '';
  const info = instanceTypeInfo(type);
  if (!info || info.maxPods === undefined) return undefined;
  const alloc = allocatable(info, info.maxPods);
  const room = { cpuMillicores: alloc.cpuMillicores, memoryMiB: alloc.memoryMiB, pods: alloc.pods - 2 }; // aws-node, kube-proxy
  const group = (w: PartOf<'workload'>): PodGroup => ({
    count: Math.max(w.props.replicas, w.props.hpa?.minReplicas ?? 0),
    cpuMillicores: w.props.cpuMillicores,
    memoryMiB: w.props.memoryMiB,
  });
  for (const w of workloads) {
    if (w.props.workloadKind !== 'DaemonSet') continue;
    room.cpuMillicores -= w.props.cpuMillicores;
    room.memoryMiB -= w.props.memoryMiB;
    room.pods -= 1;
  }
  const others = workloads.filter((w) => w.props.workloadKind !== 'DaemonSet' && !isJob(w.props.workloadKind)).map(group);
  const all = [...others, ...jobs.map(group)];
  const withJobs = Math.min(maxSize, nodesNeeded(room, all));
  const without = Math.max(desiredCapacity, Math.min(maxSize, nodesNeeded(room, others)));
  const extra = withJobs - without;
  if (!Number.isFinite(extra) || extra <= 0) return undefined;
  const hours = ctx.assumptions.jobHoursPerMonth;
  const spot = capacityType === 'SPOT';
  const item = costText('item.ec2-jobs', { type, capacity: capacityText(spot), name: ng.name || ng.id });
  const quantity = extra * hours;
  const why = costText('note.jobs-scale-out', { count: extra, jobs: jobs.map((j) => j.name || j.id), hours });
  return instanceHoursLine(ctx, { partId: ng.id, item, type, spot, quantity, notes: [why], estimate: true });
}

function nodeGroupLine(ctx: CostContext, ng: NodeGroupPart): CostLine {
  const { instanceTypes, capacityType, desiredCapacity, amiFamily } = ng.props;
  const type = instanceTypes[0] ?? '';
  const spot = capacityType === 'SPOT';
  const item = costText('item.ec2', { type, capacity: capacityText(spot), name: ng.name || ng.id });
  const quantity = desiredCapacity * ctx.assumptions.hoursPerMonth;
  const notes: CostText[] = [costText('note.desired-nodes', { count: desiredCapacity })];
  if (instanceTypes.length > 1) notes.push(costText('note.first-type', { type, types: instanceTypes }));
  if (amiFamily.startsWith('Windows')) notes.push(costText('note.windows'));
  return instanceHoursLine(ctx, { partId: ng.id, item, type, spot, quantity, notes });
}

/** Two lines (vCPU, memory) per workload on Fargate, billed on the rounded-up Fargate size. */
export function fargateLines(ctx: CostContext): CostLine[] {
  const { services } = ctx.prices;
  const lines: CostLine[] = [];
  for (const wl of ctx.index.ofKind('workload')) {
    if (ctx.index.placementOf(wl).on !== 'fargate') continue;
    const { workloadKind, replicas, cpuMillicores, memoryMiB } = wl.props;
    const name = wl.name || wl.id;
    if (workloadKind === 'DaemonSet') continue; // DaemonSet pods are never scheduled on Fargate.
    const size = fargatePodSize(cpuMillicores, memoryMiB);
    if (!size) {
      const why = costText('note.fargate-no-size', { cpu: cpuMillicores, memory: memoryMiB });
      lines.push(unpricedLine(wl.id, costText('item.fargate-pods', { name }), replicas, 'pod', [why]));
      continue;
    }
    const isJob = workloadKind === 'Job' || workloadKind === 'CronJob';
    const hours = isJob ? ctx.assumptions.jobHoursPerMonth : ctx.assumptions.hoursPerMonth;
    const sizing = costText('note.fargate-sizing', {
      replicas,
      cpu: cpuMillicores,
      memory: memoryMiB,
      vcpu: size.vcpu,
      gb: size.memoryGb,
    });
    const notes = isJob ? [sizing, costText('note.job-hours', { hours })] : [sizing];
    const estimate = isJob ? { estimate: true } : {};
    lines.push(
      costLine(wl.id, costText('item.fargate-vcpu', { name }), replicas * size.vcpu * hours, services.fargateVcpuHour, {
        notes,
        ...estimate,
      }),
      costLine(wl.id, costText('item.fargate-memory', { name }), replicas * size.memoryGb * hours, services.fargateGbHour, {
        notes,
        ...estimate,
      }),
    );
  }
  return lines;
}

/** Hybrid nodes: vCPU-hours at the first pricing tier. */
export function hybridNodeLines(ctx: CostContext): CostLine[] {
  return ctx.index.ofKind('on-prem-network').map((net: PartOf<'on-prem-network'>) => {
    const { hybridNodeCount, vcpuPerNode } = net.props;
    return costLine(
      net.id,
      costText('item.hybrid-nodes', { name: net.name || net.id }),
      hybridNodeCount * vcpuPerNode * ctx.assumptions.hoursPerMonth,
      ctx.prices.services.hybridNodeVcpuHour,
      { notes: [costText('note.hybrid-nodes', { count: hybridNodeCount, vcpu: vcpuPerNode })] },
    );
  });
}

/**
 * The controllers' own Pods on Fargate. Fargate takes every Pod of a namespace a profile selects without labels, so
 * the controllers the cluster installs there are billed like a workload's Pods, at the Fargate size of their requests
 * (none: the smallest, 0.25 vCPU / 0.5 GB). eksctl moves CoreDNS to Fargate whenever a profile selects kube-system with
 * no labels or its own (eksctl pkg/fargate/coredns: IsSchedulableOnFargate), node groups or not.
 */
import { fargateProfileMatches } from '../model/design-index.js';
import type { PartOf } from '../model/parts.js';
import { fargatePodSize } from './fargate-size.js';
import { costLine, type CostContext } from './line.js';
import { costText } from './localize.js';
import type { CostLine } from './types.js';

interface ControllerPods {
  name: string;
  namespace: string;
  /** Replicas of its chart or add-on as the bundle installs it. */
  replicas: number;
  /** Requests of its chart or add-on (0 = none). */
  cpuMillicores: number;
  memoryMiB: number;
}

/** Whether a profile of the cluster takes every Pod of `namespace` (a selector without labels). */
function fargateTakes(profiles: readonly PartOf<'fargate-profile'>[], namespace: string): boolean {
  const pods = { props: { namespace, labels: {} } };
  for (let i = 0; i < profiles.length; i++) if (fargateProfileMatches(profiles[i]!, pods)) return true;
  return false;
}

/** eksctl's test: a selector for exactly kube-system, with no labels or CoreDNS's component label. */
function coreDnsOnFargate(profiles: readonly PartOf<'fargate-profile'>[]): boolean {
  return profiles.some((fp) =>
    fp.props.selectors.some(
      (s) =>
        s.namespace === 'kube-system' &&
        (Object.keys(s.labels).length === 0 || s.labels['eks.amazonaws.com/component'] === 'coredns'),
    ),
  );
}

/**
 * The controller Pods of `cluster` that run on Fargate. Replicas and requests: CoreDNS's EKS add-on (2 replicas,
 * 100m / 70Mi), and the chart defaults the bundle keeps (shared/deploy/charts: the Load Balancer Controller's and
 * Karpenter's replicaCount/replicas 2, the Cluster Autoscaler's and ExternalDNS's 1, none with requests).
 */
function controllerPodsOnFargate(cluster: PartOf<'cluster'>, profiles: readonly PartOf<'fargate-profile'>[]): ControllerPods[] {
  const a = cluster.props.addons;
  const out: ControllerPods[] = [];
  if (a.coreDns && coreDnsOnFargate(profiles))
    out.push({ name: 'CoreDNS', namespace: 'kube-system', replicas: 2, cpuMillicores: 100, memoryMiB: 70 });
  const system = fargateTakes(profiles, 'kube-system');
  if (system && a.awsLoadBalancerController)
    out.push({ name: 'AWS Load Balancer Controller', namespace: 'kube-system', replicas: 2, cpuMillicores: 0, memoryMiB: 0 });
  if (system && a.nodeAutoscaler === 'cluster-autoscaler')
    out.push({ name: 'Cluster Autoscaler', namespace: 'kube-system', replicas: 1, cpuMillicores: 0, memoryMiB: 0 });
  if (system && a.externalDns)
    out.push({ name: 'ExternalDNS', namespace: 'kube-system', replicas: 1, cpuMillicores: 0, memoryMiB: 0 });
  if (a.nodeAutoscaler === 'karpenter' && fargateTakes(profiles, 'karpenter'))
    out.push({ name: 'Karpenter', namespace: 'karpenter', replicas: 2, cpuMillicores: 0, memoryMiB: 0 });
  return out;
}

/** Two lines (vCPU, memory) per cluster for the controller Pods Fargate runs. */
export function fargateControllerLines(ctx: CostContext): CostLine[] {
  const { services } = ctx.prices;
  const hours = ctx.assumptions.hoursPerMonth;
  const lines: CostLine[] = [];
  for (const cluster of ctx.index.ofKind('cluster')) {
    const profiles = ctx.index.childrenOfKind(cluster, 'fargate-profile');
    if (profiles.length === 0) continue;
    const pods = controllerPodsOnFargate(cluster, profiles);
    if (pods.length === 0) continue;
    let vcpuHours = 0;
    let gbHours = 0;
    let count = 0;
    for (const p of pods) {
      const size = fargatePodSize(p.cpuMillicores, p.memoryMiB)!;
      vcpuHours += p.replicas * size.vcpu * hours;
      gbHours += p.replicas * size.memoryGb * hours;
      count += p.replicas;
    }
    const name = cluster.name || cluster.id;
    const notes = [
      costText('note.fargate-controllers', { count, controllers: pods.map((p) => `${p.name} ×${p.replicas}`).join(', ') }),
    ];
    lines.push(
      costLine(cluster.id, costText('item.fargate-controllers-vcpu', { name }), vcpuHours, services.fargateVcpuHour, { notes }),
      costLine(cluster.id, costText('item.fargate-controllers-memory', { name }), gbHours, services.fargateGbHour, { notes }),
    );
  }
  return lines;
}

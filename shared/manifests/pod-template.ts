/**
 * The pod template of a workload: image, requests and limits, readiness probe, where it runs (node group
 * selector and tolerations, Fargate profile), spread across Availability Zones, its service account, its volume.
 */
import type { NodeGroupPart, PartOf } from '../model/parts.js';
import { nodeGroupsOfCluster } from '../rules/facts/compute.js';
import type { GenContext } from './context.js';
import { isScalable, podLabels, readinessPath, selectorLabels, steadyReplicas, warn } from './context.js';
import { resolveImage } from './image.js';
import { fieldOmitted } from './version-gate.js';
import { hasField } from './kubernetes-apis.js';
import { VOLUME_NAME } from './storage.js';
import { joinList, say } from './text.js';
import type { ObjectNote } from './types.js';

/** Node label EKS puts on every node of a managed node group. */
export const MANAGED_NODEGROUP_LABEL = 'eks.amazonaws.com/nodegroup';
/** Node label eksctl puts on the nodes of its self-managed node groups. */
export const EKSCTL_NODEGROUP_LABEL = 'alpha.eksctl.io/nodegroup-name';
/** The node label of a node's operating system (kubelet sets it). */
export const OS_LABEL = 'kubernetes.io/os';
/** Extended resource the NVIDIA device plugin advertises, and the taint GPU node groups usually carry. */
export const NVIDIA_GPU = 'nvidia.com/gpu';

export interface PodTemplate {
  template: Record<string, unknown>;
  /** Notes relative to the template (path starts inside it). */
  notes: ObjectNote[];
}

function resources(workload: PartOf<'workload'>): Record<string, unknown> | undefined {
  const { cpuMillicores, memoryMiB, gpus } = workload.props;
  const requests: Record<string, string> = {};
  const limits: Record<string, string> = {};
  if (cpuMillicores > 0) requests.cpu = `${cpuMillicores}m`;
  if (memoryMiB > 0) {
    requests.memory = `${memoryMiB}Mi`;
    // Memory is not compressible: a pod above its request is the first evicted, so cap it there. CPU gets
    // no limit, which would only throttle a pod the node has room for.
    limits.memory = `${memoryMiB}Mi`;
  }
  // Extended resources are requested through limits (a request, if given, must equal the limit).
  if (gpus > 0) limits[NVIDIA_GPU] = String(gpus);
  const out: Record<string, unknown> = {};
  if (Object.keys(requests).length > 0) out.requests = requests;
  if (Object.keys(limits).length > 0) out.limits = limits;
  return Object.keys(out).length > 0 ? out : undefined;
}

interface Placement {
  nodeSelector?: Record<string, string>;
  tolerations?: Record<string, string>[];
  note?: string;
  /** Drawn in a Karpenter cluster but on no node group or Fargate profile: Karpenter may launch its node. */
  onKarpenter?: boolean;
  /** Runs on Fargate, which does not support topology spread constraints (fargate-profile.html). */
  onFargate?: boolean;
}

type Taint = NodeGroupPart['props']['taints'][number];

function toleration(taint: Taint): Record<string, string> {
  return taint.value === ''
    ? { key: taint.key, operator: 'Exists', effect: taint.effect }
    : { key: taint.key, operator: 'Equal', value: taint.value, effect: taint.effect };
}

/**
 * A DaemonSet drawn on the cluster runs on every node (the capacity rules count it on every node group), so it
 * tolerates each Linux node group's taints; without them the DaemonSet controller skips tainted nodes. Windows groups'
 * taints are left alone: they keep a Linux image off Windows nodes.
 */
function everyNodeTolerations(ctx: GenContext, tolerations: Record<string, string>[]): string[] {
  const groups: string[] = [];
  for (const ng of nodeGroupsOfCluster(ctx.index, ctx.cluster)) {
    if (ng.props.amiFamily.startsWith('WindowsServer') || ng.props.taints.length === 0) continue;
    groups.push(ng.name);
    for (const taint of ng.props.taints) {
      const t = toleration(taint);
      if (!tolerations.some((x) => x.key === t.key && x.value === t.value && x.effect === t.effect)) tolerations.push(t);
    }
  }
  return groups;
}

function hasWindowsGroups(ctx: GenContext): boolean {
  return nodeGroupsOfCluster(ctx.index, ctx.cluster).some((ng) => ng.props.amiFamily.startsWith('WindowsServer'));
}

function placement(ctx: GenContext, workload: PartOf<'workload'>): Placement {
  const where = ctx.index.placementOf(workload);
  const tolerations: Record<string, string>[] = [];
  const out: Placement = {};
  if (where.on === 'node-group') {
    const ng = where.nodeGroup;
    const label = ng.kind === 'managed-node-group' ? MANAGED_NODEGROUP_LABEL : EKSCTL_NODEGROUP_LABEL;
    out.nodeSelector = { [label]: ng.name };
    for (const taint of ng.props.taints) tolerations.push(toleration(taint));
    out.note = say(ctx.lang, 'nodeGroup', { nodeGroup: ng.name });
  } else if (where.on === 'cluster' && workload.props.workloadKind === 'DaemonSet') {
    const groups = everyNodeTolerations(ctx, tolerations);
    if (groups.length > 0) out.note = say(ctx.lang, 'everyNode', { nodeGroups: joinList(ctx.lang, groups) });
    if (where.cluster.props.addons.nodeAutoscaler === 'karpenter') out.onKarpenter = true;
  } else if (where.on === 'fargate') {
    out.onFargate = true;
    const selector = where.profile.props.selectors.find((s) => s.namespace !== '') ?? {
      namespace: workload.props.namespace,
      labels: {},
    };
    const labels = Object.entries(selector.labels ?? {}).map(([k, v]) => `${k}=${v}`);
    out.note = say(ctx.lang, 'fargate', {
      profile: where.profile.name,
      namespace: selector.namespace,
      labels: labels.length === 0 ? '' : ctx.lang === 'ja' ? `（${joinList('ja', labels)}）` : ` (${joinList('en', labels)})`,
    });
  } else if (where.on === 'nowhere') {
    warn(ctx, [workload.id], 'warnNowhere', { workload: workload.name });
  } else if (where.cluster.props.addons.nodeAutoscaler === 'karpenter') {
    out.onKarpenter = true;
  }
  // A workload drawn on the cluster is a Linux one (a Windows workload is drawn in its Windows group), and EKS does not
  // taint Windows nodes: without the selector the scheduler may put it on one, where its image never pulls
  // (https://docs.aws.amazon.com/eks/latest/userguide/windows-support.html).
  if (where.on === 'cluster' && hasWindowsGroups(ctx)) out.nodeSelector = { [OS_LABEL]: 'linux' };
  // GPU nodes are commonly tainted so only GPU pods land there; tolerating the taint costs nothing elsewhere.
  if (workload.props.gpus > 0 && !tolerations.some((t) => t.key === NVIDIA_GPU)) {
    tolerations.push({ key: NVIDIA_GPU, operator: 'Exists', effect: 'NoSchedule' });
  }
  if (tolerations.length > 0) out.tolerations = tolerations;
  return out;
}

/** The pod template of `workload`; `serviceAccount` when it has its own. */
export function podTemplate(
  ctx: GenContext,
  workload: PartOf<'workload'>,
  opts: {
    serviceAccount?: string;
    restartPolicy?: 'OnFailure';
    /** Mount the workload's volume: from this PersistentVolumeClaim, or (undefined) a StatefulSet's claim template. */
    claimName?: string;
  },
): PodTemplate {
  const { props } = workload;
  const notes: ObjectNote[] = [];
  const image = resolveImage(ctx.index, workload, ctx.cluster.props.region);

  const container: Record<string, unknown> = { name: workload.name, image: image.image };
  if (props.port > 0) container.ports = [{ name: 'http', containerPort: props.port, protocol: 'TCP' }];
  const res = resources(workload);
  if (res) container.resources = res;
  const probePath = readinessPath(workload);
  if (probePath !== '' && props.port > 0) {
    container.readinessProbe = { httpGet: { path: probePath, port: 'http' }, periodSeconds: 10, failureThreshold: 3 };
  }
  if (props.privileged) container.securityContext = { privileged: true };
  if (props.volume) container.volumeMounts = [{ name: VOLUME_NAME, mountPath: props.volume.mountPath }];

  const where = placement(ctx, workload);
  const spec: Record<string, unknown> = {};
  if (opts.serviceAccount !== undefined) spec.serviceAccountName = opts.serviceAccount;
  if (props.hostNetwork) {
    spec.hostNetwork = true;
    // A host-network pod with the default ClusterFirst policy falls back to the node's resolver and cannot
    // resolve Services (https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-dns-policy).
    spec.dnsPolicy = 'ClusterFirstWithHostNet';
  }
  if (where.nodeSelector) spec.nodeSelector = where.nodeSelector;
  if (where.tolerations) spec.tolerations = where.tolerations;
  // Fargate "does not currently support Kubernetes topologySpreadConstraints"
  // (https://docs.aws.amazon.com/eks/latest/userguide/fargate-profile.html): the fargate-scheduler ignores them.
  if (!where.onFargate && isScalable(workload) && Math.max(steadyReplicas(workload), props.hpa?.maxReplicas ?? 0) > 1) {
    // ScheduleAnyway: spread over the zones the nodes are in, but never leave a pod Pending because a
    // node group lives in fewer zones than there are replicas.
    const constraint: Record<string, unknown> = {
      maxSkew: 1,
      topologyKey: 'topology.kubernetes.io/zone',
      whenUnsatisfiable: 'ScheduleAnyway',
      labelSelector: { matchLabels: selectorLabels(workload) },
    };
    // A Deployment's pods carry their ReplicaSet's pod-template-hash: spreading per revision keeps a rollout's new
    // pods spread too. Older clusters would drop the field silently; say so instead.
    if (props.workloadKind === 'Deployment') {
      if (hasField(ctx.cluster.props.version, 'spreadMatchLabelKeys')) constraint.matchLabelKeys = ['pod-template-hash'];
      else fieldOmitted(ctx, workload, 'spreadMatchLabelKeys');
    }
    spec.topologySpreadConstraints = [constraint];
  }
  if (opts.restartPolicy) spec.restartPolicy = opts.restartPolicy;
  spec.containers = [container];
  if (props.volume && opts.claimName !== undefined)
    spec.volumes = [{ name: VOLUME_NAME, persistentVolumeClaim: { claimName: opts.claimName } }];

  if (where.note) notes.push({ path: ['spec'], text: where.note });
  if (image.repository !== undefined) {
    notes.push({ path: ['spec', 'containers', 0, 'image'], text: say(ctx.lang, 'accountPlaceholder') });
    if (image.repositoryCount > 1)
      warn(ctx, [workload.id, image.repository.id], 'warnSeveralRepositories', {
        workload: workload.name,
        count: image.repositoryCount,
        repository: image.repository.props.repositoryName,
      });
  } else if (image.placeholder !== undefined) {
    notes.push({
      path: ['spec', 'containers', 0, 'image'],
      text: say(ctx.lang, 'imagePlaceholder', { workload: workload.name, variable: image.placeholder }),
    });
    warn(ctx, [workload.id], 'warnNoImage', { workload: workload.name, variable: image.placeholder });
  }
  // A run-to-completion pod that Karpenter may place: consolidation or drift would otherwise evict it mid-run
  // (Karpenter's disruption docs, "Pod-Level Controls": karpenter.sh/do-not-disrupt on pods of batch jobs).
  const karpenterJob =
    opts.restartPolicy !== undefined && where.onKarpenter === true
      ? { annotations: { 'karpenter.sh/do-not-disrupt': 'true' } }
      : {};
  if ('annotations' in karpenterJob)
    notes.push({ path: ['metadata', 'annotations'], text: say(ctx.lang, 'karpenterDoNotDisrupt') });
  return { template: { metadata: { labels: podLabels(workload), ...karpenterJob }, spec }, notes };
}

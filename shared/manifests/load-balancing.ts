/**
 * The Service in front of a workload and the Ingresses of the design's ALBs, annotated for the AWS Load
 * Balancer Controller (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/).
 *
 * - An NLB -> workload connection makes the Service `type: LoadBalancer` with `loadBalancerClass:
 *   service.k8s.aws/nlb` (the controller, not the legacy in-tree provider, builds it) and the scheme and
 *   target-type annotations.
 * - An ALB becomes one Ingress per namespace it routes to (`ingressClassName: alb`), all in the ALB's
 *   IngressGroup (`group.name`), so the controller builds a single load balancer for them.
 * - Per-target-group health checks ride on the Service (`alb.ingress.kubernetes.io/healthcheck-path`):
 *   the controller reads them from the Service before the Ingress.
 * - A workload registered in Cloud Map gets ExternalDNS's hostname annotation for the aws-sd provider.
 * - EKS Auto Mode without the controller installed builds the load balancers itself, from its own classes: NLBs
 *   for `loadBalancerClass: eks.amazonaws.com/nlb`, ALBs for an IngressClass whose controller is
 *   `eks.amazonaws.com/alb`, which Auto Mode does not create (https://docs.aws.amazon.com/eks/latest/userguide/auto-configure-alb.html).
 *   Auto Mode does not take `alb.ingress.kubernetes.io/group.name` ("Specify groups in IngressClass only"), so each
 *   ALB gets its own IngressClass, whose IngressClassParams name the group its Ingresses (one per namespace) share.
 */
import type { DesignIndex } from '../model/design-index.js';
import type { PartOf } from '../model/parts.js';
import { certificateArn } from './aws-names.js';
import type { GenContext } from './context.js';
import { isLongRunning, readinessPath, selectorLabels, warn } from './context.js';
import { parseRouteLabel } from './route-label.js';
import { joinList, say } from './text.js';
import type { ManifestDocument, ObjectNote } from './types.js';

const ALB = 'alb.ingress.kubernetes.io';
const NLB = 'service.beta.kubernetes.io';
/** ExternalDNS reads the names to register from this annotation. */
export const EXTERNAL_DNS_HOSTNAME = 'external-dns.alpha.kubernetes.io/hostname';
/** Load balancer names are at most 32 characters; longer ones are left to the controller to generate. */
const LB_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/;

/**
 * The IngressGroup (and Ingress) name of an ALB: the controller takes lower-case alphanumerics, `-` and `.`,
 * starting and ending alphanumeric, at most 63 characters (its `groupNameRegex`); AWS names may have capitals.
 */
export function ingressGroupName(alb: PartOf<'alb'>): string {
  const name = alb.name
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .slice(0, 63)
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return name === ''
    ? alb.id
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'alb'
    : name;
}

/** The IngressClass the AWS Load Balancer Controller's chart creates, which the Ingresses name when it is installed. */
export const INGRESS_CLASS = 'alb';

/**
 * Whether EKS Auto Mode's own load balancing serves the cluster's Services and Ingresses: Auto Mode is on and
 * the AWS Load Balancer Controller is not installed (with it, its classes are the ones the manifests use).
 */
export function autoModeLoadBalancing(ctx: GenContext): boolean {
  const auto = ctx.config.autoModeConfig as { enabled?: unknown } | undefined;
  return auto?.enabled === true && !ctx.cluster.props.addons.awsLoadBalancerController;
}

/** The IngressClass the Ingresses of `alb` name: the controller's, or under Auto Mode the ALB's own (autoModeIngressClass). */
function ingressClassOf(ctx: GenContext, alb: PartOf<'alb'>): string {
  return autoModeLoadBalancing(ctx) ? ingressGroupName(alb) : INGRESS_CLASS;
}

/**
 * Auto Mode's IngressClass for the Ingresses of one ALB (cluster-scoped, applied before them), with the
 * IngressClassParams (eks.amazonaws.com/v1, Auto Mode's CRD) that put them in one group and so on one ALB.
 */
export function autoModeIngressClass(ctx: GenContext, alb: PartOf<'alb'>): ManifestDocument[] {
  const name = ingressGroupName(alb);
  const subnets = pinnedSubnetIds(ctx, alb);
  const params = {
    apiVersion: 'eks.amazonaws.com/v1',
    kind: 'IngressClassParams',
    metadata: { name },
    spec: { group: { name }, scheme: alb.props.scheme, ...(subnets ? { subnets: { ids: subnets } } : {}) },
  };
  const ingressClass = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    metadata: { name },
    spec: {
      controller: 'eks.amazonaws.com/alb',
      parameters: { apiGroup: 'eks.amazonaws.com', kind: 'IngressClassParams', name },
    },
  };
  return [
    { object: params, notes: [] },
    { object: ingressClass, notes: [] },
  ];
}

/**
 * The ids of the subnets a load balancer is drawn in, for the controller's subnets annotation (or Auto Mode's
 * IngressClassParams), when it is pinned to some. Without them the controller discovers subnets by their
 * kubernetes.io/role/elb or internal-elb tags, which existing subnets often lack (the tag rules are quiet exactly
 * because the subnets are listed). Subnets eksctl creates have no id yet, but eksctl tags them, so the controller
 * discovers them all: warned, not pinned.
 */
function pinnedSubnetIds(ctx: GenContext, lb: PartOf<'alb'> | PartOf<'nlb'>): string[] | undefined {
  if (lb.props.subnetIds.length === 0) return undefined;
  const ids: string[] = [];
  for (const id of lb.props.subnetIds) {
    const existing = ctx.index.get(id, 'subnet')?.props.existingSubnetId;
    if (existing === undefined || existing === '') {
      warn(ctx, [lb.id], 'warnSubnetsDiscovered', { loadBalancer: lb.name });
      return undefined;
    }
    ids.push(existing);
  }
  return ids;
}

/** Whether the workload gets a Service: it serves on a port and keeps running. */
export function hasService(workload: PartOf<'workload'>): boolean {
  return workload.props.port > 0 && isLongRunning(workload);
}

/**
 * The type of the Service in front of the workload: LoadBalancer behind an NLB (the controller builds the NLB
 * from it), else the type drawn. Undefined when the workload gets no Service.
 */
export function serviceTypeOf(index: DesignIndex, workload: PartOf<'workload'>): string | undefined {
  if (!hasService(workload)) return undefined;
  return index.sourcesOf(workload, 'nlb').length > 0 ? 'LoadBalancer' : workload.props.serviceType;
}

export function serviceDocument(ctx: GenContext, workload: PartOf<'workload'>): ManifestDocument | undefined {
  const { index } = ctx;
  const { props } = workload;
  const nlbs = index.sourcesOf(workload, 'nlb');
  const albs = index.sourcesOf(workload, 'alb');
  const cloudMaps = index.targetsOf(workload, 'cloud-map');
  if (!hasService(workload)) {
    for (const lb of [...albs, ...nlbs])
      warn(ctx, [workload.id, lb.id], 'warnNoPort', { workload: workload.name, loadBalancer: lb.name });
    if (cloudMaps.length > 0)
      warn(ctx, [workload.id, ...cloudMaps.map((c) => c.id)], 'warnCloudMapNoService', { workload: workload.name });
    return undefined;
  }
  const annotations: Record<string, string> = {};
  const notes: ObjectNote[] = [];
  const spec: Record<string, unknown> = {};
  const nlb = nlbs[0];
  if (nlb) {
    spec.type = 'LoadBalancer';
    spec.loadBalancerClass = autoModeLoadBalancing(ctx) ? 'eks.amazonaws.com/nlb' : 'service.k8s.aws/nlb';
    if (LB_NAME.test(nlb.name)) annotations[`${NLB}/aws-load-balancer-name`] = nlb.name;
    annotations[`${NLB}/aws-load-balancer-scheme`] = nlb.props.scheme;
    annotations[`${NLB}/aws-load-balancer-nlb-target-type`] = nlb.props.targetType;
    // Pods of an IPv6 cluster have IPv6 addresses only: the load balancer must have both families.
    if (ctx.cluster.props.ipFamily === 'IPv6') annotations[`${NLB}/aws-load-balancer-ip-address-type`] = 'dualstack';
    const subnets = pinnedSubnetIds(ctx, nlb);
    if (subnets) annotations[`${NLB}/aws-load-balancer-subnets`] = subnets.join(',');
  } else {
    spec.type = props.serviceType;
  }
  const probePath = readinessPath(workload);
  if (albs.length > 0 && probePath !== '') annotations[`${ALB}/healthcheck-path`] = probePath;
  if (cloudMaps.length > 0) {
    annotations[EXTERNAL_DNS_HOSTNAME] = cloudMaps.map((c) => `${workload.name}.${c.props.namespaceName}`).join(',');
    notes.push({
      path: ['metadata', 'annotations', EXTERNAL_DNS_HOSTNAME],
      text: say(ctx.lang, 'cloudMap', {
        namespaces: joinList(
          ctx.lang,
          cloudMaps.map((c) => c.props.namespaceName),
        ),
        // ExternalDNS skips ClusterIP Services unless told otherwise.
        internal: spec.type === 'ClusterIP' ? say(ctx.lang, 'cloudMapInternal') : '',
      }),
    });
  }
  // A StatefulSet's pods get their stable DNS names from a headless Service; a load balancer needs a real one.
  if (props.workloadKind === 'StatefulSet' && spec.type === 'ClusterIP' && albs.length === 0) spec.clusterIP = 'None';
  spec.selector = selectorLabels(workload);
  spec.ports = [{ name: 'http', port: props.port, targetPort: 'http', protocol: 'TCP' }];
  const metadata: ManifestDocument['object']['metadata'] = {
    name: workload.name,
    namespace: props.namespace,
    labels: selectorLabels(workload),
  };
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  return { object: { apiVersion: 'v1', kind: 'Service', metadata, spec }, notes };
}

/** Warns about NLBs drawn in front of several workloads: each LoadBalancer Service gets an NLB of its own. */
export function warnSharedNlbs(ctx: GenContext, workloads: readonly PartOf<'workload'>[]): void {
  const ids = new Set(workloads.map((w) => w.id));
  for (const nlb of ctx.index.ofKind('nlb')) {
    const targets = ctx.index.targetsOf(nlb, 'workload').filter((w) => ids.has(w.id) && hasService(w));
    if (targets.length > 1)
      warn(ctx, [nlb.id, ...targets.map((w) => w.id)], 'warnNlbShared', { nlb: nlb.name, count: targets.length });
  }
}

export interface IngressDocument {
  alb: PartOf<'alb'>;
  namespace: string;
  doc: ManifestDocument;
}

/** One Ingress per ALB and namespace of the cluster's workloads it routes to, in design order. */
export function ingressDocuments(ctx: GenContext, workloads: readonly PartOf<'workload'>[]): IngressDocument[] {
  const ids = new Set(workloads.map((w) => w.id));
  const out: IngressDocument[] = [];
  for (const alb of ctx.index.ofKind('alb')) {
    const routes = ctx.index
      .connectionsFrom(alb)
      .map((c) => ({ workload: ctx.index.get(c.to, 'workload'), route: parseRouteLabel(c.label) }))
      .filter(
        (r): r is { workload: PartOf<'workload'>; route: ReturnType<typeof parseRouteLabel> } =>
          r.workload !== undefined && ids.has(r.workload.id) && hasService(r.workload),
      );
    if (routes.length === 0) continue;
    const https = routes.some((r) => r.route.https);
    const annotations: Record<string, string> = {};
    if (LB_NAME.test(alb.name)) annotations[`${ALB}/load-balancer-name`] = alb.name;
    const group = ingressGroupName(alb);
    // Auto Mode takes the group from the IngressClassParams only (autoModeIngressClass).
    if (!autoModeLoadBalancing(ctx)) annotations[`${ALB}/group.name`] = group;
    annotations[`${ALB}/scheme`] = alb.props.scheme;
    annotations[`${ALB}/target-type`] = alb.props.targetType;
    if (ctx.cluster.props.ipFamily === 'IPv6') annotations[`${ALB}/ip-address-type`] = 'dualstack';
    // Auto Mode takes the subnets from the IngressClassParams (autoModeIngressClass). The annotation's merge behaviour
    // is Exclusive: every Ingress of the group carries the same value.
    if (!autoModeLoadBalancing(ctx)) {
      const subnets = pinnedSubnetIds(ctx, alb);
      if (subnets) annotations[`${ALB}/subnets`] = subnets.join(',');
    }
    annotations[`${ALB}/listen-ports`] = https ? '[{"HTTP": 80}, {"HTTPS": 443}]' : '[{"HTTP": 80}]';
    if (https) {
      annotations[`${ALB}/certificate-arn`] = certificateArn(ctx.cluster.props.region);
      annotations[`${ALB}/ssl-redirect`] = '443';
    }
    const namespaces = [...new Set(routes.map((r) => r.workload.props.namespace))];
    for (const namespace of namespaces) {
      const seen = new Map<string, string>();
      const paths: Record<string, unknown>[] = [];
      for (const { workload, route } of routes) {
        if (workload.props.namespace !== namespace) continue;
        const first = seen.get(route.path);
        if (first !== undefined) {
          warn(ctx, [alb.id, workload.id], 'warnDuplicatePath', {
            alb: alb.name,
            path: route.path,
            namespace,
            first,
            second: workload.name,
          });
          continue;
        }
        seen.set(route.path, workload.name);
        paths.push({
          path: route.path,
          pathType: 'Prefix',
          backend: { service: { name: workload.name, port: { number: workload.props.port } } },
        });
      }
      // The controller evaluates rules in order: longer prefixes first, so `/` does not swallow `/api`.
      paths.sort((a, b) => String(b.path).length - String(a.path).length);
      const notes: ObjectNote[] = https
        ? [
            {
              path: ['metadata', 'annotations', `${ALB}/certificate-arn`],
              text: `${say(ctx.lang, 'accountPlaceholder')}\n${say(ctx.lang, 'certificatePlaceholder', { alb: alb.name })}`,
            },
          ]
        : [];
      const object = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: { name: group, namespace, annotations },
        spec: { ingressClassName: ingressClassOf(ctx, alb), rules: [{ http: { paths } }] },
      };
      out.push({ alb, namespace, doc: { object, notes } });
    }
  }
  return out;
}

/**
 * Design -> Kubernetes manifests for one cluster: what to `kubectl apply` after `eksctl create cluster`.
 * Pure and deterministic (no dates, no random names): the same design gives the same bytes.
 */
import { APP_NAME, APP_VERSION } from '../app-info.js';
import { buildClusterConfigOf, selectCluster } from '../export/cluster-config.js';
import { DesignIndex } from '../model/design-index.js';
import type { Design } from '../model/design.js';
import type { PartOf } from '../model/parts.js';
import { placeholdersIn } from './aws-names.js';
import { BUILTIN_NAMESPACES, type GenContext } from './context.js';
import { karpenterDocuments } from './karpenter.js';
import {
  autoModeIngressClass,
  autoModeLoadBalancing,
  ingressDocuments,
  serviceDocument,
  warnSharedNlbs,
} from './load-balancing.js';
import { renderDocuments } from './render.js';
import { hpaDocument, pdbDocument } from './scaling.js';
import { serviceAccountDocument } from './service-account.js';
import { claimDocument, storageClassDocuments, storageClassKind, type StorageClassKind } from './storage.js';
import { say } from './text.js';
import type { ManifestDocument, ManifestFile, ManifestOptions, ManifestSet } from './types.js';
import { warnUnservedApis } from './version-gate.js';
import { workloadDocument } from './workload-object.js';

/** File names are path segments: anything but letters, digits, `.`, `_` and `-` becomes `-`. */
function segment(name: string): string {
  const s = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^\.+/, '');
  return s === '' ? '_' : s;
}

/** Every object of one workload, in the order `kubectl apply` needs them (account before pods). */
function workloadDocuments(ctx: GenContext, workload: PartOf<'workload'>): ManifestDocument[] {
  const docs: ManifestDocument[] = [];
  let serviceAccount: string | undefined;
  if (workload.props.usesAwsApis) {
    docs.push(serviceAccountDocument(ctx, workload));
    serviceAccount = workload.name;
  }
  // The claim before the Pods that mount it; a StatefulSet's claims come from its own templates.
  if (workload.props.volume && workload.props.workloadKind !== 'StatefulSet')
    docs.push(claimDocument(ctx, workload, workload.props.volume));
  docs.push(workloadDocument(ctx, workload, serviceAccount));
  const service = serviceDocument(ctx, workload);
  if (service) docs.push(service);
  const hpa = hpaDocument(workload);
  if (hpa) docs.push(hpa);
  const pdb = pdbDocument(workload);
  if (pdb) docs.push(pdb);
  return docs;
}

/**
 * The manifests of one cluster of `design`.
 *
 * Files (paths relative to a bundle, sorted): `manifests/00-namespaces.yaml` (every namespace the
 * workloads use, except the built-in ones), `manifests/00-storageclasses.yaml` (the StorageClasses of the
 * workloads' volumes), `manifests/<namespace>/<workload>.yaml` (ServiceAccount, PersistentVolumeClaim,
 * Deployment/StatefulSet/DaemonSet/Job/CronJob, Service, HorizontalPodAutoscaler, PodDisruptionBudget),
 * `manifests/<namespace>/ingress-<alb>.yaml` (one Ingress per ALB and namespace), and
 * `manifests/karpenter/default.yaml` (EC2NodeClass and NodePool) when the cluster uses Karpenter.
 *
 * What only the AWS account knows is a `${NAME}` placeholder (`${AWS_ACCOUNT_ID}`, `${ACM_CERTIFICATE_ID}`),
 * listed in `placeholders` and explained by a comment where it appears; `envsubst` fills them.
 *
 * Rules are not run here; callers that refuse designs with errors run them first (as export does).
 * @throws ExportError when the design has no cluster, or several and no `clusterId`.
 */
export function generateManifests(design: Design, opts: ManifestOptions = {}): ManifestSet {
  const index = new DesignIndex(design);
  const cluster = selectCluster(index, opts.clusterId);
  const config = buildClusterConfigOf(index, cluster, { forRules: true }).config;
  const ctx: GenContext = { index, cluster, config, lang: opts.lang ?? 'en', warnings: [] };
  const header = [
    say(ctx.lang, 'header', {
      design: design.name,
      cluster: cluster.name,
      version: cluster.props.version,
      app: `${APP_NAME} ${APP_VERSION}`,
    }),
    say(ctx.lang, 'applyHint'),
  ];
  const workloads = index.workloadsOf(cluster);
  const byPath = new Map<string, ManifestDocument[]>();
  const add = (path: string, docs: ManifestDocument[]): void => {
    let unique = path;
    for (let n = 2; byPath.has(unique); n++) unique = path.replace(/\.yaml$/, `-${n}.yaml`);
    byPath.set(unique, docs);
  };

  const namespaces = [...new Set(workloads.map((w) => w.props.namespace))].filter((ns) => !BUILTIN_NAMESPACES.has(ns)).sort();
  if (namespaces.length > 0)
    add(
      'manifests/00-namespaces.yaml',
      namespaces.map((name) => ({ object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name } }, notes: [] })),
    );
  const storageClasses = new Set<StorageClassKind>();
  for (const w of workloads) if (w.props.volume) storageClasses.add(storageClassKind(ctx, w, w.props.volume));
  if (storageClasses.size > 0) add('manifests/00-storageclasses.yaml', storageClassDocuments(ctx, storageClasses));
  for (const workload of workloads) {
    add(`manifests/${segment(workload.props.namespace)}/${segment(workload.name)}.yaml`, workloadDocuments(ctx, workload));
  }
  warnSharedNlbs(ctx, workloads);
  const ingresses = ingressDocuments(ctx, workloads);
  if (ingresses.length > 0 && autoModeLoadBalancing(ctx)) {
    const albs = new Map(ingresses.map((i) => [i.alb.id, i.alb]));
    add(
      'manifests/00-ingressclass.yaml',
      [...albs.values()].flatMap((alb) => autoModeIngressClass(ctx, alb)),
    );
  }
  for (const ingress of ingresses) {
    add(`manifests/${segment(ingress.namespace)}/ingress-${segment(ingress.alb.name)}.yaml`, [ingress.doc]);
  }
  const karpenter = karpenterDocuments(ctx);
  if (karpenter.length > 0) add('manifests/karpenter/default.yaml', karpenter);

  const files: ManifestFile[] = [...byPath.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, docs]) => ({ path, objects: docs.map((d) => d.object), yaml: renderDocuments(docs, header) }));
  warnUnservedApis(
    ctx,
    files.flatMap((f) => f.objects),
  );
  return {
    clusterId: cluster.id,
    clusterName: cluster.name,
    kubernetesVersion: cluster.props.version,
    files,
    warnings: ctx.warnings,
    placeholders: placeholdersIn(files.map((f) => f.yaml).join('\n')),
  };
}

/** All files of a manifest set as one multi-document YAML stream, each file introduced by a `# Source:` line. */
export function manifestsYaml(set: ManifestSet): string {
  return set.files.map((f) => `---\n# Source: ${f.path}\n${f.yaml}`).join('');
}

/**
 * Names the manifests and the exported cluster.yaml must agree on, checked from the outside: objects are
 * read as plain JSON and matched against the ClusterConfig, not against the generator's own helpers.
 */
import type { Design } from '../../model/design.js';
import type { ClusterConfig } from '../../export/types.js';
import type { KubeObject, ManifestSet } from '../types.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const BUILTIN = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);

/** The pod spec and labels of a workload object, wherever its kind keeps them. */
function podOf(o: KubeObject): { labels: Record<string, string>; spec: Json } | undefined {
  const spec = o.spec as Json | undefined;
  const template = o.kind === 'CronJob' ? spec?.jobTemplate?.spec?.template : spec?.template;
  return template ? { labels: template.metadata?.labels ?? {}, spec: template.spec } : undefined;
}

function matches(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

function wildcard(pattern: string, value: string): boolean {
  return new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  ).test(value);
}

export function crossNameProblems(design: Design, set: ManifestSet, config: ClusterConfig): string[] {
  const problems: string[] = [];
  const objects = set.files.flatMap((f) => f.objects);
  const key = (o: KubeObject) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
  const of = (kind: string) => objects.filter((o) => o.kind === kind);
  const namespaces = new Set(of('Namespace').map((o) => o.metadata.name));
  const accounts = new Map(of('ServiceAccount').map((o) => [key(o), o]));
  const services = new Map(of('Service').map((o) => [key(o), o]));
  const workloads = objects.filter((o) => podOf(o) !== undefined);
  const cluster = design.parts.find((p) => p.id === set.clusterId);
  // Entries with roleOnly create a role and leave the account to the manifests (a workload's own role).
  const irsaAccounts = new Set(
    (config.iam?.serviceAccounts ?? [])
      .filter((s) => s.roleOnly !== true)
      .map((s) => `${s.metadata.namespace}/${s.metadata.name}`),
  );
  const podIdentity = new Set(
    (config.iam?.podIdentityAssociations ?? [])
      .filter((a) => a.roleName === undefined)
      .map((a) => `${a.namespace}/${a.serviceAccountName}`),
  );
  // Roles cluster.yaml creates for workloads' accounts (named; the controllers' are eksctl's): the manifests must write that account, with that role.
  const workloadRoles = [
    ...(config.iam?.serviceAccounts ?? [])
      .filter((s) => s.roleOnly === true)
      .map((s) => ({ key: `${s.metadata.namespace}/${s.metadata.name}`, role: s.roleName, irsa: true })),
    ...(config.iam?.podIdentityAssociations ?? [])
      .filter((a) => a.roleName !== undefined)
      .map((a) => ({ key: `${a.namespace}/${a.serviceAccountName}`, role: a.roleName, irsa: false })),
  ];

  for (const o of objects) {
    const ns = o.metadata.namespace;
    if (ns !== undefined && !BUILTIN.has(ns) && !namespaces.has(ns))
      problems.push(`${o.kind} ${key(o)}: namespace ${ns} is never created`);
  }
  for (const [k, sa] of accounts) {
    // eksctl creates (and owns) the accounts of cluster.yaml's iam.serviceAccounts; a manifest must not fight it.
    if (irsaAccounts.has(k)) problems.push(`ServiceAccount ${k} is also created by cluster.yaml's iam.serviceAccounts`);
    if (podIdentity.has(k)) problems.push(`ServiceAccount ${k} collides with a controller's pod identity association`);
    const arn = sa.metadata.annotations?.['eks.amazonaws.com/role-arn'];
    if (arn !== undefined) {
      if (config.iam?.withOIDC !== true)
        problems.push(`ServiceAccount ${k} uses IRSA but cluster.yaml has no OIDC provider (iam.withOIDC)`);
      if (!/^arn:aws[a-z-]*:iam::\$\{AWS_ACCOUNT_ID\}:role\/[\w+=,.@-]{1,64}$/.test(arn))
        problems.push(`ServiceAccount ${k}: malformed role ARN ${arn}`);
    } else if (
      !(config.addons ?? []).some((a) => a.name === 'eks-pod-identity-agent') &&
      cluster?.kind === 'cluster' &&
      cluster.props.controllerIdentity === 'pod-identity'
    ) {
      problems.push(`ServiceAccount ${k} relies on EKS Pod Identity but cluster.yaml installs no eks-pod-identity-agent`);
    }
  }
  for (const r of workloadRoles) {
    const sa = accounts.get(r.key);
    if (!sa)
      problems.push(`cluster.yaml creates role ${r.role ?? '?'} for ${r.key}, a service account the manifests do not write`);
    else if (r.irsa && !(sa.metadata.annotations?.['eks.amazonaws.com/role-arn'] ?? '').endsWith(`:role/${r.role ?? '?'}`))
      problems.push(`ServiceAccount ${r.key} does not name the role cluster.yaml creates for it (${r.role ?? '?'})`);
  }
  const managed = new Map((config.managedNodeGroups ?? []).map((ng) => [ng.name, ng]));
  const selfManaged = new Map((config.nodeGroups ?? []).map((ng) => [ng.name, ng]));
  for (const w of workloads) {
    const pod = podOf(w)!;
    const ns = w.metadata.namespace ?? 'default';
    const sa = pod.spec.serviceAccountName as string | undefined;
    if (sa !== undefined && !accounts.has(`${ns}/${sa}`))
      problems.push(`${w.kind} ${key(w)}: service account ${sa} is not in the manifests`);
    const selector = (w.spec as Json).selector?.matchLabels;
    if (selector && !matches(selector, pod.labels)) problems.push(`${w.kind} ${key(w)}: selector does not match its pod labels`);
    const nodeSelector: Record<string, string> = pod.spec.nodeSelector ?? {};
    const ngName = nodeSelector['eks.amazonaws.com/nodegroup'] ?? nodeSelector['alpha.eksctl.io/nodegroup-name'];
    if (ngName !== undefined) {
      const ng = nodeSelector['eks.amazonaws.com/nodegroup'] !== undefined ? managed.get(ngName) : selfManaged.get(ngName);
      if (!ng) problems.push(`${w.kind} ${key(w)}: node group ${ngName} is not in cluster.yaml`);
      for (const taint of ng?.taints ?? []) {
        const tolerated = (pod.spec.tolerations ?? []).some(
          (t: Json) =>
            t.key === taint.key && t.effect === taint.effect && (t.operator === 'Exists' || t.value === (taint.value ?? '')),
        );
        if (!tolerated) problems.push(`${w.kind} ${key(w)}: does not tolerate taint ${taint.key} of node group ${ngName}`);
      }
    }
  }
  // Every pod a Fargate profile of cluster.yaml selects must have come from a workload the design put on Fargate, and vice versa.
  for (const p of design.parts) {
    if (p.kind !== 'workload' || p.parentId === undefined) continue;
    const parent = design.parts.find((x) => x.id === p.parentId);
    if (parent?.kind !== 'fargate-profile') continue;
    const profile = (config.fargateProfiles ?? []).find((f) => f.name === parent.name);
    const w = workloads.find((o) => o.metadata.name === p.name && o.metadata.namespace === p.props.namespace);
    if (!profile || !w) continue;
    const labels = podOf(w)!.labels;
    if (!profile.selectors.some((s) => wildcard(s.namespace, p.props.namespace) && matches(s.labels ?? {}, labels)))
      problems.push(`${w.kind} ${key(w)}: no selector of Fargate profile ${profile.name} in cluster.yaml picks its pods`);
  }
  for (const svc of services.values()) {
    const selector = (svc.spec as Json).selector as Record<string, string>;
    if (!workloads.some((w) => w.metadata.namespace === svc.metadata.namespace && matches(selector, podOf(w)!.labels)))
      problems.push(`Service ${key(svc)} selects no pods`);
  }
  for (const ing of of('Ingress')) {
    for (const rule of (ing.spec as Json).rules) {
      for (const path of rule.http.paths) {
        const svc = services.get(`${ing.metadata.namespace}/${path.backend.service.name}`);
        if (!svc) problems.push(`Ingress ${key(ing)}: backend ${path.backend.service.name} is not a Service`);
        else if (!(svc.spec as Json).ports.some((p: Json) => p.port === path.backend.service.port.number))
          problems.push(
            `Ingress ${key(ing)}: Service ${path.backend.service.name} has no port ${path.backend.service.port.number}`,
          );
      }
    }
  }
  for (const hpa of of('HorizontalPodAutoscaler')) {
    const ref = (hpa.spec as Json).scaleTargetRef;
    if (
      !workloads.some(
        (w) => w.kind === ref.kind && w.metadata.name === ref.name && w.metadata.namespace === hpa.metadata.namespace,
      )
    )
      problems.push(`HorizontalPodAutoscaler ${key(hpa)} scales nothing`);
  }
  for (const pdb of of('PodDisruptionBudget')) {
    const selector = (pdb.spec as Json).selector.matchLabels;
    if (!workloads.some((w) => w.metadata.namespace === pdb.metadata.namespace && matches(selector, podOf(w)!.labels)))
      problems.push(`PodDisruptionBudget ${key(pdb)} selects no pods`);
  }
  const nodeClass = of('EC2NodeClass')[0];
  if (nodeClass) {
    const spec = nodeClass.spec as Json;
    if (config.karpenter === undefined) problems.push('EC2NodeClass without Karpenter in cluster.yaml');
    // eksctl's node role, or (without internet egress, where Karpenter cannot call IAM) eksctl's instance profile.
    const karpenter = (config.karpenter ?? {}) as { defaultInstanceProfile?: string };
    const profile = karpenter.defaultInstanceProfile || `eksctl-KarpenterNodeInstanceProfile-${config.metadata.name}`;
    if (
      spec.role !== undefined
        ? spec.role !== `eksctl-KarpenterNodeRole-${config.metadata.name}`
        : spec.instanceProfile !== profile
    )
      problems.push(`EC2NodeClass role ${spec.role} / instance profile ${spec.instanceProfile} is not eksctl's`);
    const tag = config.metadata.tags?.['karpenter.sh/discovery'];
    for (const terms of [spec.subnetSelectorTerms, spec.securityGroupSelectorTerms])
      if (terms[0].tags && terms[0].tags['karpenter.sh/discovery'] !== tag)
        problems.push(`EC2NodeClass selects by a discovery tag cluster.yaml does not set (${tag})`);
    // Subnets selected by id: existing private subnets cluster.yaml names.
    const privateIds = Object.values((config.vpc?.subnets?.private ?? {}) as Record<string, { id?: string }>).map((s) => s.id);
    for (const term of spec.subnetSelectorTerms as Json[])
      if (term.id !== undefined && !privateIds.includes(term.id))
        problems.push(`EC2NodeClass selects subnet ${term.id}, not a private subnet of cluster.yaml`);
    for (const pool of of('NodePool'))
      if ((pool.spec as Json).template.spec.nodeClassRef.name !== nodeClass.metadata.name)
        problems.push(`NodePool ${pool.metadata.name} refers to another node class`);
  } else if (config.karpenter !== undefined)
    problems.push('cluster.yaml installs Karpenter but the manifests have no EC2NodeClass');
  return problems;
}

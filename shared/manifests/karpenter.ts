/**
 * Karpenter's EC2NodeClass (karpenter.k8s.aws/v1) and NodePool (karpenter.sh/v1) from the cluster's
 * Karpenter settings, matching what the exported cluster.yaml sets up: eksctl's node role
 * `eksctl-KarpenterNodeRole-<cluster>`, and the `karpenter.sh/discovery` tag cluster.yaml puts on every
 * resource eksctl creates (subnets and the shared node security group among them), which the node class
 * selects subnets and security groups by (subnets that already exist untagged: by id). Shapes follow the CRDs vendored in ./karpenter-crds/.
 */
import { instanceTypeInfo } from '../data/instance-types.js';
import { karpenterInstanceProfileName, karpenterNodeRoleName } from '../export/karpenter-access.js';
import { assumesNoEgress } from '../rules/facts/config-network.js';
import { DISCOVERY_TAG, karpenterSubnetIds } from '../rules/catalog/autoscaling/karpenter-discovery.js';
import type { DesignIndex } from '../model/design-index.js';
import type { PartOf } from '../model/parts.js';
import type { GenContext } from './context.js';
import { warn } from './context.js';
import { say } from './text.js';
import type { ManifestDocument } from './types.js';

/** Name of the generated NodePool and EC2NodeClass. */
export const KARPENTER_POOL = 'default';

const AMI_ALIAS: Record<string, string> = { AmazonLinux2023: 'al2023', AmazonLinux2: 'al2', Bottlerocket: 'bottlerocket' };

/**
 * The AMI alias of Karpenter's nodes: the first node group's family, when it has an alias; else AL2023. The bundle's
 * controllers (shared/deploy/controllers.ts) read it too: Bottlerocket's NVIDIA variants bring the device plugin.
 */
export function karpenterAmiAlias(index: DesignIndex, cluster: PartOf<'cluster'>): string {
  const families = index
    .nodeGroups()
    .filter((ng) => index.clusterOf(ng)?.id === cluster.id)
    .map((ng) => ng.props.amiFamily);
  const family = families.map((f) => AMI_ALIAS[f]).find((a) => a !== undefined) ?? 'al2023';
  return `${family}@latest`;
}

/** The discovery tag's value as cluster.yaml writes it (the user's own value wins there too). */
function discoveryValue(ctx: GenContext): string {
  return ctx.config.metadata.tags?.[DISCOVERY_TAG] ?? ctx.cluster.name;
}

export function karpenterDocuments(ctx: GenContext): ManifestDocument[] {
  if (ctx.cluster.props.addons.nodeAutoscaler !== 'karpenter') return [];
  const tag = { [DISCOVERY_TAG]: discoveryValue(ctx) };
  // Subnets that already exist carry no tag from eksctl: selected by id when the design knows them all.
  const subnetIds = karpenterSubnetIds(ctx.index, ctx.cluster);
  const isolated = assumesNoEgress(ctx.config);
  const nodeClass = {
    apiVersion: 'karpenter.k8s.aws/v1',
    kind: 'EC2NodeClass',
    metadata: { name: KARPENTER_POOL },
    spec: {
      // `role` makes Karpenter create the instance profile through the IAM API, which has no VPC endpoint: without
      // internet egress it names the one eksctl created (Karpenter's "Private Clusters" guide).
      ...(isolated
        ? { instanceProfile: karpenterInstanceProfileName(ctx.cluster.name, ctx.config.karpenter) }
        : { role: karpenterNodeRoleName(ctx.cluster.name) }),
      amiSelectorTerms: [{ alias: karpenterAmiAlias(ctx.index, ctx.cluster) }],
      subnetSelectorTerms: subnetIds ? subnetIds.map((id) => ({ id })) : [{ tags: tag }],
      securityGroupSelectorTerms: [{ tags: tag }],
    },
  };

  const { instanceType, capacityType, averageNodes } = ctx.cluster.props.addons.karpenterCapacity;
  const info = instanceTypeInfo(instanceType);
  const requirements: Record<string, unknown>[] = [];
  if (info) requirements.push({ key: 'kubernetes.io/arch', operator: 'In', values: [info.arch === 'arm64' ? 'arm64' : 'amd64'] });
  // Spot with On-Demand as the fallback Karpenter turns to when Spot has no capacity.
  requirements.push({
    key: 'karpenter.sh/capacity-type',
    operator: 'In',
    values: capacityType === 'SPOT' ? ['spot', 'on-demand'] : ['on-demand'],
  });
  if (info) requirements.push({ key: 'karpenter.k8s.aws/instance-family', operator: 'In', values: [info.family] });
  else warn(ctx, [ctx.cluster.id], 'warnKarpenterType', { instanceType });

  const nodes = Math.max(1, Math.ceil(averageNodes * 2));
  const spec: Record<string, unknown> = {
    template: {
      spec: {
        nodeClassRef: { group: 'karpenter.k8s.aws', kind: 'EC2NodeClass', name: KARPENTER_POOL },
        requirements,
        expireAfter: '720h',
      },
    },
  };
  if (info) spec.limits = { cpu: String(info.vcpu * nodes), memory: `${Math.round(info.memoryMiB * nodes)}Mi` };
  spec.disruption = { consolidationPolicy: 'WhenEmptyOrUnderutilized', consolidateAfter: '1m' };
  const nodePool = { apiVersion: 'karpenter.sh/v1', kind: 'NodePool', metadata: { name: KARPENTER_POOL }, spec };
  return [
    {
      object: nodeClass,
      notes: [
        ...(isolated ? [{ path: ['spec', 'instanceProfile'], text: say(ctx.lang, 'karpenterInstanceProfile') }] : []),
        { path: ['spec', 'amiSelectorTerms'], text: say(ctx.lang, 'karpenterAmi') },
      ],
    },
    {
      object: nodePool,
      notes: info
        ? [{ path: ['spec', 'limits'], text: say(ctx.lang, 'karpenterLimits', { nodes: averageNodes, instanceType }) }]
        : [],
    },
  ];
}

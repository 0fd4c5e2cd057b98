/**
 * Which node groups of a ClusterConfig get the NVIDIA device plugin from the deployment bundle
 * (shared/deploy/controllers.ts), as ecr.controller-images-no-egress needs to know too. Values may be of any type.
 */
import { isNvidiaInstanceType } from '../../data/instance-types.js';

function strings(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * A node group with an NVIDIA instance type (`instanceType`, `instanceTypes` or `instancesDistribution.instanceTypes`)
 * on an AMI family other than Bottlerocket, whose NVIDIA variants bring the device plugin themselves.
 */
export function needsNvidiaDevicePlugin(ng: unknown): boolean {
  if (ng === null || typeof ng !== 'object') return false;
  const group = ng as Record<string, unknown>;
  if (group['amiFamily'] === 'Bottlerocket') return false;
  const distribution = group['instancesDistribution'];
  const candidates = [
    group['instanceType'],
    ...strings(group['instanceTypes']),
    ...(distribution !== null && typeof distribution === 'object'
      ? strings((distribution as Record<string, unknown>)['instanceTypes'])
      : []),
  ];
  return candidates.some((t) => typeof t === 'string' && isNvidiaInstanceType(t));
}

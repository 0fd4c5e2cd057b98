import type { Rule } from '../../types.js';
import { authMode } from './auth-mode.js';
import { cidrNoOverlap } from './cidr-no-overlap.js';
import { cidrQuota } from './cidr-quota.js';
import { cidrRfc1918 } from './cidr-rfc1918.js';
import { cni } from './cni.js';
import { connectivity } from './connectivity.js';
import { corednsPlacement } from './coredns-placement.js';
import { endpointMode } from './endpoint-mode.js';
import { gatewayExistingVpc } from './gateway-existing-vpc.js';
import { gatewayId } from './gateway-id.js';
import { ipv4Only } from './ipv4-only.js';
import { podIdentityAgentHybrid } from './pod-identity-agent.js';
import { remotePodNetwork } from './remote-pod-network.js';
import { remoteNetworkConfig } from './remote-network-config.js';
import { workloadVolumeHybrid } from './workload-volume.js';

export const hybridRules: readonly Rule[] = [
  cidrRfc1918,
  cidrNoOverlap,
  cidrQuota,
  ipv4Only,
  authMode,
  endpointMode,
  connectivity,
  remotePodNetwork,
  cni,
  corednsPlacement,
  gatewayId,
  gatewayExistingVpc,
  remoteNetworkConfig,
  podIdentityAgentHybrid,
  workloadVolumeHybrid,
];

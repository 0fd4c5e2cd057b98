import { profileNameUnique } from './profile-name-unique.js';
import type { Rule } from '../../types.js';
import { coreDns } from './coredns.js';
import { lbIpTarget } from './lb-ip-target.js';
import { maxSelectors } from './max-selectors.js';
import { needsSelector } from './needs-selector.js';
import { noDaemonSets } from './no-daemonsets.js';
import { noPrivilegedHostNetwork } from './no-privileged-hostnetwork.js';
import { podSizeLimits } from './pod-size-limits.js';
import { noPrivateSubnets } from './no-private-subnets.js';
import { privateSubnetsOnly } from './private-subnets-only.js';
import { profileName } from './profile-name.js';
import { selectorLabels } from './selector-labels.js';
import { selectorNamespace } from './selector-namespace.js';
import { unmatchedPods } from './unmatched-pods.js';
import { unsupportedCompute } from './unsupported-compute.js';
import { efsStaticOnly } from './efs-static-only.js';
import { podIdentity } from './pod-identity.js';

export const fargateRules: readonly Rule[] = [
  privateSubnetsOnly,
  noPrivateSubnets,
  selectorNamespace,
  maxSelectors,
  needsSelector,
  profileName,
  profileNameUnique,
  selectorLabels,
  unmatchedPods,
  noDaemonSets,
  unsupportedCompute,
  efsStaticOnly,
  podIdentity,
  noPrivilegedHostNetwork,
  lbIpTarget,
  coreDns,
  podSizeLimits,
];

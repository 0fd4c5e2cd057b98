import type { Rule } from '../../types.js';
import { podIdentityAgent } from './pod-identity-agent.js';
import { podIdentityQuota } from './pod-identity-quota.js';
import { podIdentityUnsupportedCompute } from './pod-identity-unsupported-compute.js';
import { preferPodIdentity } from './prefer-pod-identity.js';
import { privilegedWorkloads } from './privileged-workloads.js';
import { serviceAccountsOidc } from './service-accounts-oidc.js';

export const securityRules: readonly Rule[] = [
  podIdentityAgent,
  podIdentityUnsupportedCompute,
  podIdentityQuota,
  preferPodIdentity,
  privilegedWorkloads,
  serviceAccountsOidc,
];

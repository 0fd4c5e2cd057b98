import type { Rule } from '../../types.js';
import { irsaTrustScope } from './irsa-trust-scope.js';
import { podIdentityAgent } from './pod-identity-agent.js';
import { podIdentityQuota } from './pod-identity-quota.js';
import { podIdentityUnsupportedCompute } from './pod-identity-unsupported-compute.js';
import { preferPodIdentity } from './prefer-pod-identity.js';
import { privilegedWorkloads } from './privileged-workloads.js';
import { serviceAccountsOidc } from './service-accounts-oidc.js';
import { serviceAccountFields } from './service-account-fields.js';
import { serviceAccountNames } from './service-account-names.js';
import { podIdentityAssociationFields } from './pod-identity-association-fields.js';
import { podIdentityAgentAddon } from './pod-identity-agent-addon.js';
import { podIdentityDuplicate } from './pod-identity-duplicate.js';
import { podIdentitySessionPolicy } from './pod-identity-session-policy.js';

export const securityRules: readonly Rule[] = [
  podIdentityAgent,
  podIdentityUnsupportedCompute,
  podIdentityQuota,
  preferPodIdentity,
  privilegedWorkloads,
  serviceAccountsOidc,
  irsaTrustScope,
  serviceAccountFields,
  serviceAccountNames,
  podIdentityAssociationFields,
  podIdentityAgentAddon,
  podIdentityDuplicate,
  podIdentitySessionPolicy,
];

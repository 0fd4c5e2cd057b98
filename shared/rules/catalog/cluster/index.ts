import { tagCount } from './tag-count.js';
import { tagReservedPrefix } from './tag-reserved-prefix.js';
import { tagLimits } from './tag-limits.js';
import { iamRoleNameUnique } from './iam-role-name-unique.js';
import { iamNameCharacters } from './iam-name-characters.js';
import { iamRolePolicyCount } from './iam-role-policy-count.js';
import { ipv6Windows } from './ipv6-windows.js';
import { publicAccessCidrsIpv6 } from './public-access-cidrs-ipv6.js';
import { vpcConfigQuotas } from './vpc-config-quotas.js';
import { autoModeAuthMode } from './auto-mode-auth-mode.js';
import type { Rule } from '../../types.js';
import { authModeConfigmap } from './auth-mode-configmap.js';
import { clusterNameChars } from './cluster-name-chars.js';
import { stackNames } from './stack-names.js';
import { controlPlaneLogging } from './control-plane-logging.js';
import { endpointAccessValid } from './endpoint-access-valid.js';
import { endpointPublicCidrsNoPrivate } from './endpoint-public-cidrs-no-private.js';
import { endpointPublicOpen } from './endpoint-public-open.js';
import { ipv6CoreAddons } from './ipv6-core-addons.js';
import { kmsKeyRequirements } from './kms-key-requirements.js';
import { nameFormat } from './name-format.js';
import { nameUnique } from './name-unique.js';
import { privateClusterNodeNetworking } from './private-cluster-node-networking.js';
import { privateClusterRequirements } from './private-cluster-requirements.js';
import { privateClusterNoEndpoints } from './private-cluster-no-endpoints.js';
import { privateClusterExistingVpcSubnets } from './private-cluster-existing-vpc-subnets.js';
import { privateClusterEndpointServices } from './private-cluster-endpoint-services.js';
import { privateClusterLocalZones } from './private-cluster-local-zones.js';
import { privateClusterOutpostNodeGroup } from './private-cluster-outpost-nodegroup.js';
import { quotaClusters } from './quota-clusters.js';
import { quotaFargateProfiles } from './quota-fargate-profiles.js';
import { regionSupported } from './region-supported.js';
import { secretsEncryption } from './secrets-encryption.js';
import { secretsKeyArn } from './secrets-key-arn.js';
import { serviceCidrIpv6 } from './service-cidr-ipv6.js';
import { versionExtendedSupport } from './version-extended-support.js';
import { versionNewerThanCalendar } from './version-newer-than-calendar.js';
import { standardSupportEnded } from './standard-support-ended.js';
import { versionSupported } from './version-supported.js';
import { rollbackTimeout } from './rollback-timeout.js';
import { ipv6VpcCniIdentity } from './ipv6-vpc-cni-identity.js';
import { ipv6Versions } from './ipv6-versions.js';
import { autoModeConfig } from './auto-mode-config.js';
import { autoModeNodeGroups } from './auto-mode-node-groups.js';
import { autoModeCoreAddons } from './auto-mode-core-addons.js';
import { logRetention } from './log-retention.js';
import { logTypes } from './log-types.js';
import { eksApiValue } from './eks-api-value.js';
import { accessEntriesAuthMode } from './access-entries-auth-mode.js';
import { accessEntryFields } from './access-entry-fields.js';
import { identityProviderCount } from './identity-provider-count.js';
import { identityProviders } from './identity-providers.js';
import { iamIdentityMappings } from './iam-identity-mappings.js';
import { iamArnFormat } from './iam-arn-format.js';
import { resourceIdFormat } from './resource-id-format.js';
import { iamArnKind } from './iam-arn-kind.js';
import { oidcIssuerUrl } from './oidc-issuer-url.js';
import { fluxGitProvider } from './flux-git-provider.js';
import { gitopsFlux } from './gitops-flux.js';
import { outpost } from './outpost.js';
import { capabilities } from './capabilities.js';
import { eksctlNameLength } from './eksctl-name-length.js';
import { endpointPrivateOnlyEksctl } from './endpoint-private-only-eksctl.js';

export const clusterRules: readonly Rule[] = [
  nameFormat,
  nameUnique,
  ipv6Windows,
  publicAccessCidrsIpv6,
  vpcConfigQuotas,
  tagReservedPrefix,
  tagLimits,
  iamRoleNameUnique,
  iamNameCharacters,
  iamRolePolicyCount,
  versionSupported,
  versionExtendedSupport,
  versionNewerThanCalendar,
  standardSupportEnded,
  endpointAccessValid,
  endpointPublicOpen,
  endpointPublicCidrsNoPrivate,
  endpointPrivateOnlyEksctl,
  privateClusterRequirements,
  controlPlaneLogging,
  secretsEncryption,
  kmsKeyRequirements,
  authModeConfigmap,
  quotaClusters,
  quotaFargateProfiles,
  clusterNameChars,
  stackNames,
  regionSupported,
  privateClusterNodeNetworking,
  privateClusterNoEndpoints,
  privateClusterExistingVpcSubnets,
  privateClusterEndpointServices,
  privateClusterLocalZones,
  privateClusterOutpostNodeGroup,
  serviceCidrIpv6,
  ipv6CoreAddons,
  secretsKeyArn,
  rollbackTimeout,
  eksctlNameLength,
  ipv6VpcCniIdentity,
  ipv6Versions,
  autoModeConfig,
  autoModeAuthMode,
  autoModeNodeGroups,
  autoModeCoreAddons,
  logRetention,
  logTypes,
  eksApiValue,
  accessEntriesAuthMode,
  accessEntryFields,
  identityProviders,
  iamIdentityMappings,
  iamArnKind,
  iamArnFormat,
  identityProviderCount,
  resourceIdFormat,
  oidcIssuerUrl,
  fluxGitProvider,
  gitopsFlux,
  outpost,
  capabilities,
  tagCount,
];
